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

/** A county has at most a few hundred schools; more ids in one 催报 are a forged form. */
const MAX_URGED_SCHOOLS = 1000;

/** A county's 催报 to its schools: the open school-reported period and the schools chosen on its board. */
export const urgeSchoolReturnsSchema = z.object({
  periodId: requiredId,
  schoolIds: z.preprocess(
    formList,
    z.array(requiredId).min(1, "chooseSchool").max(MAX_URGED_SCHOOLS, "tooMany"),
  ),
});
export type UrgeSchoolReturnsInput = z.infer<typeof urgeSchoolReturnsSchema>;

/** A robot's webhook URL as typed: empty (no robot) or a URL; which hosts it may name is the server's check. */
const webhookUrl = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z.union([z.literal(""), z.url("webhookUrl").max(500, "tooLong")]).optional(),
);

/** A city's WeCom and DingTalk group robots (decision 0042). A blank secret keeps the stored one. */
export const notificationChannelsSchema = z.object({
  wecomWebhook: webhookUrl,
  dingtalkWebhook: webhookUrl,
  dingtalkSecret: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.union([z.literal(""), z.string().regex(/^SEC[0-9a-zA-Z]{16,200}$/, "dingtalkSecret")]).optional(),
  ),
  clearDingtalkSecret: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.boolean(),
  ),
});
export type NotificationChannelsInput = z.infer<typeof notificationChannelsSchema>;

/** A failed delivery sent again from the send log (its id is client input, checked against the city). */
export const deliveryIdSchema = z.object({ deliveryId: requiredId });
export type DeliveryIdInput = z.infer<typeof deliveryIdSchema>;

export const DELIVERY_STATUSES = ["QUEUED", "SENT", "FAILED"] as const;

/** The send log's filter (search params): a status, or all. */
export const deliveriesFilterSchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional().catch(undefined),
});
export type DeliveriesFilter = z.infer<typeof deliveriesFilterSchema>;
