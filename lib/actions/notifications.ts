"use server";

import {
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/data/notifications/mark-notifications-read";
import { markAllNotificationsReadSchema, notificationIdSchema } from "@/lib/schemas/notifications";
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
