import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { ownCityId } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { cityRobotsFrom, ROBOT_SETTING_KEYS } from "@/lib/notifications/robot-settings";

/**
 * The group robots of the user's city, for its settings form. Security: the DingTalk secret never leaves the server
 * (only whether one is set); the webhook URLs are shown to the staff who may change them.
 */
export async function getNotificationChannels(user: SessionUser) {
  assertCan(user, "notifications:manage");
  const rows = await db().setting.findMany({
    where: { cityId: ownCityId(user), key: { in: Object.values(ROBOT_SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const robots = cityRobotsFrom(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  return {
    wecomWebhook: robots.WECOM?.webhook ?? "",
    dingtalkWebhook: robots.DINGTALK?.webhook ?? "",
    hasDingtalkSecret: Boolean(robots.DINGTALK?.secret),
  };
}
