import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { ownCityId } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isAllowedWebhook, robotLabel, ROBOT_SETTING_KEYS } from "@/lib/notifications/robot-settings";
import type { NotificationChannelsInput } from "@/lib/schemas/notifications";

/**
 * Sets (or, left empty, removes) the city's WeCom and DingTalk group robots. A blank secret keeps the stored one
 * unless `clearDingtalkSecret`. The audit record names the robots by label, never their tokens or the secret.
 */
export async function updateNotificationChannels(user: SessionUser, input: NotificationChannelsInput) {
  assertCan(user, "notifications:manage");
  const extraHosts = getEnv().ROBOT_WEBHOOK_HOSTS;
  const fieldErrors: Record<string, { key: string }[]> = {};
  if (input.wecomWebhook && !isAllowedWebhook("WECOM", input.wecomWebhook, extraHosts))
    fieldErrors.wecomWebhook = [{ key: "webhookHost" }];
  if (input.dingtalkWebhook && !isAllowedWebhook("DINGTALK", input.dingtalkWebhook, extraHosts))
    fieldErrors.dingtalkWebhook = [{ key: "webhookHost" }];
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError("VALIDATION", { messageKey: "notifications.webhookHost", details: { fieldErrors } });
  const cityId = ownCityId(user);
  return db().$transaction(async (tx) => {
    const stored = await tx.setting.findMany({
      where: { cityId, key: { in: Object.values(ROBOT_SETTING_KEYS) } },
      select: { key: true, value: true },
    });
    const before = Object.fromEntries(stored.map((row) => [row.key, row.value]));
    const storedValue = before[ROBOT_SETTING_KEYS.dingtalkSecret];
    const storedSecret = typeof storedValue === "string" ? storedValue : "";
    const secret =
      input.clearDingtalkSecret || !input.dingtalkWebhook ? "" : input.dingtalkSecret || storedSecret;
    const next: Record<string, string> = {
      [ROBOT_SETTING_KEYS.wecomWebhook]: input.wecomWebhook ?? "",
      [ROBOT_SETTING_KEYS.dingtalkWebhook]: input.dingtalkWebhook ?? "",
      [ROBOT_SETTING_KEYS.dingtalkSecret]: secret,
    };
    for (const [key, value] of Object.entries(next))
      await tx.setting.upsert({
        where: { cityId_key: { cityId, key } },
        create: { cityId, key, value, updatedById: user.id },
        update: { value, updatedById: user.id },
      });
    const label = (value: unknown) => (typeof value === "string" && value ? robotLabel(value) : null);
    const describe = (values: Record<string, unknown>) => ({
      wecom: label(values[ROBOT_SETTING_KEYS.wecomWebhook]),
      dingtalk: label(values[ROBOT_SETTING_KEYS.dingtalkWebhook]),
      dingtalkSigned: Boolean(values[ROBOT_SETTING_KEYS.dingtalkSecret]),
    });
    await recordAudit(tx, user, {
      action: "update",
      entity: "notification_channels",
      entityId: cityId,
      before: describe(before),
      after: describe(next),
    });
  });
}
