import { z } from "zod";
import { requiredId } from "./common";

// The inbox's two writes: one message read (its id is client input, checked against the reader in the data layer),
// or all of them.
export const notificationIdSchema = z.object({ notificationId: requiredId });
export type NotificationIdInput = z.infer<typeof notificationIdSchema>;

export const markAllNotificationsReadSchema = z.object({});
