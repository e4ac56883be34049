import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { localeOrDefault } from "@/lib/i18n/locales";
import { CHANNELS } from "@/lib/notifications/channels";
import type { Destination } from "@/lib/notifications/channels/channel";
import { composeMessage } from "@/lib/notifications/compose-message";
import { isLastAttempt, shortError } from "@/lib/notifications/retry-policy";
import { cityRobotsFrom, ROBOT_SETTING_KEYS } from "@/lib/notifications/robot-settings";

/** pg-boss's count of this job's earlier attempts, and how many retries it allows. */
export interface Attempt {
  retryCount: number;
  retryLimit: number;
}

/** A delivery that cannot succeed by trying again (its robot was removed since it was queued). */
class FinalFailure extends Error {}

async function unsafeDestination(delivery: {
  channel: "EMAIL" | "WECOM" | "DINGTALK";
  target: string;
  cityId: number;
}): Promise<Destination> {
  if (delivery.channel === "EMAIL") return { address: delivery.target };
  // The robot as configured now: a changed webhook or secret applies to messages still waiting.
  const rows = await db().setting.findMany({
    where: { cityId: delivery.cityId, key: { in: Object.values(ROBOT_SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const robot = cityRobotsFrom(Object.fromEntries(rows.map((row) => [row.key, row.value])))[delivery.channel];
  if (!robot) throw new FinalFailure("robot no longer configured");
  return { address: robot.webhook, secret: "secret" in robot ? robot.secret : null };
}

/**
 * Sends one queued delivery over its channel and records the outcome (decision 0042): `SENT`, or the attempt and
 * its short error — `FAILED` after the last one. A failure is re-thrown so that pg-boss retries the job with
 * back-off. A delivery no longer queued (sent by an earlier attempt) is left alone. Unscoped: a job of the system.
 */
export async function deliverMessage(deliveryId: number, attempt: Attempt): Promise<"sent" | "skipped"> {
  const delivery = await db().messageDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      status: true,
      channel: true,
      target: true,
      cityId: true,
      kind: true,
      params: true,
      link: true,
      user: { select: { locale: true } },
    },
  });
  if (!delivery || delivery.status !== "QUEUED") return "skipped";
  try {
    const destination = await unsafeDestination(delivery);
    // An e-mail in its recipient's language (their choice on the language switcher), whoever's action sent it; a
    // group robot's message has no one reader: Chinese, as the bureaus read it.
    const locale = localeOrDefault(delivery.user?.locale);
    const message = await composeMessage(delivery, locale, getEnv().NEXTAUTH_URL);
    await CHANNELS[delivery.channel].send(message, destination);
  } catch (error) {
    const final = error instanceof FinalFailure || isLastAttempt(attempt.retryCount, attempt);
    await db().messageDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: { increment: 1 },
        lastError: shortError(error),
        ...(final ? { status: "FAILED" } : {}),
      },
    });
    throw error;
  }
  await db().messageDelivery.update({
    where: { id: deliveryId },
    data: { attempts: { increment: 1 }, status: "SENT", sentAt: new Date(), lastError: null },
  });
  return "sent";
}
