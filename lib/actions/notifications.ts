"use server";

import { urgeReports } from "@/lib/data/notifications/urge-reports";
import { updateNotificationChannels } from "@/lib/data/settings/update-notification-channels";
import {
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/data/notifications/mark-notifications-read";
import {
  markAllNotificationsReadSchema,
  notificationChannelsSchema,
  notificationIdSchema,
  urgeReportsSchema,
} from "@/lib/schemas/notifications";
import { defineAction, type Revalidation } from "./builder";

// The bell's count is in the shell of every page.
const SHELL: Revalidation = { path: "/", type: "layout" };

export const markNotificationReadAction = defineAction({
  name: "markNotificationReadAction",
  schema: notificationIdSchema,
  run: markNotificationRead,
  revalidate: [SHELL],
  success: "inbox.markedRead",
});

export const markAllNotificationsReadAction = defineAction({
  name: "markAllNotificationsReadAction",
  schema: markAllNotificationsReadSchema,
  run: (user) => markAllNotificationsRead(user),
  revalidate: [SHELL],
  success: "inbox.markedAllRead",
});

// A 催报 changes no figure: only the recipients' bells (in every page's shell) are stale.
export const urgeReportsAction = defineAction({
  name: "urgeReportsAction",
  schema: urgeReportsSchema,
  run: urgeReports,
  revalidate: [SHELL],
  success: "inbox.urged",
});

// The city's group robots change where messages go, not any page but their own.
export const updateNotificationChannelsAction = defineAction({
  name: "updateNotificationChannelsAction",
  schema: notificationChannelsSchema,
  run: updateNotificationChannels,
  revalidate: [{ path: "/admin/notifications" }],
  success: "notifications.channelsSaved",
});
