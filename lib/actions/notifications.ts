"use server";

import { retryDelivery } from "@/lib/data/notifications/retry-delivery";
import { urgeReports, urgeSchoolReturns } from "@/lib/data/notifications/urge-reports";
import { updateNotificationChannels } from "@/lib/data/settings/update-notification-channels";
import {
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/data/notifications/mark-notifications-read";
import {
  deliveryIdSchema,
  markAllNotificationsReadSchema,
  notificationChannelsSchema,
  notificationIdSchema,
  urgeReportsSchema,
  urgeSchoolReturnsSchema,
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

// A county's 催报 to its schools: as the city's, only the principals' bells change.
export const urgeSchoolReturnsAction = defineAction({
  name: "urgeSchoolReturnsAction",
  schema: urgeSchoolReturnsSchema,
  run: urgeSchoolReturns,
  revalidate: [SHELL],
  success: "inbox.urgedSchools",
});

// The city's group robots change where messages go, not any page but their own.
export const updateNotificationChannelsAction = defineAction({
  name: "updateNotificationChannelsAction",
  schema: notificationChannelsSchema,
  run: updateNotificationChannels,
  revalidate: [{ path: "/admin/notifications" }],
  success: "notifications.channelsSaved",
});

// A failed message queued again: only the send log's row changes; the engine sends it in the background.
export const retryDeliveryAction = defineAction({
  name: "retryDeliveryAction",
  schema: deliveryIdSchema,
  run: retryDelivery,
  revalidate: [{ path: "/admin/notifications" }],
  success: "deliveries.retried",
});
