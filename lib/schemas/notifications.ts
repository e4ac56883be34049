import { z } from "zod";
import { requiredId, formList } from "./common";

/** A city has at most a few dozen counties; more ids in one 催报 are a forged form. */
const MAX_URGED_COUNTIES = 200;

// The inbox's two writes: one message read (its id is client input, checked against the reader in the data layer),
// or all of them.
export const notificationIdSchema = z.object({ notificationId: requiredId });
export type NotificationIdInput = z.infer<typeof notificationIdSchema>;

export const markAllNotificationsReadSchema = z.object({});

/** 催报: the open period and the counties chosen on its board (at least one). */
export const urgeReportsSchema = z.object({
  periodId: requiredId,
  countyIds: z.preprocess(
    formList,
    z.array(requiredId).min(1, "chooseCounty").max(MAX_URGED_COUNTIES, "tooMany"),
  ),
});
export type UrgeReportsInput = z.infer<typeof urgeReportsSchema>;
