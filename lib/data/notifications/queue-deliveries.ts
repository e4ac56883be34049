import "server-only";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { cityRobotsFrom, robotLabel, ROBOT_SETTING_KEYS } from "@/lib/notifications/robot-settings";

type Tx = Prisma.TransactionClient;

// Which message goes where (decision 0042). Both functions run inside the transaction that writes the notices: a
// delivery is queued exactly when its notice exists (an outbox). Sending is the job's (lib/jobs/engine.ts); a
// user's request never waits for a mail server or a webhook. Unscoped: the callers wrote the notices in scope.

/** Who is reminded of a report still owed: its county's names (the message's) and active officers (recipients). */
export const OWING_COUNTY_SELECT = {
  select: {
    name: true,
    nameEn: true,
    users: { where: { isActive: true, role: "COUNTY_OFFICER" }, select: { id: true } },
  },
} as const satisfies Prisma.CountyDefaultArgs;

/** A notice just written, as `createManyAndReturn` gives it back. */
export interface WrittenNotice {
  id: number;
  userId: number;
  kind: NotificationKind;
  params: Prisma.JsonValue;
  link: string;
}

/** One e-mail per notice whose recipient is active and has an address, when SMTP is configured. */
export async function unsafeQueueNoticeEmails(tx: Tx, notices: readonly WrittenNotice[]): Promise<number> {
  if (!getEnv().SMTP_URL || notices.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: {
      id: { in: [...new Set(notices.map((notice) => notice.userId))] },
      isActive: true,
      email: { not: null },
    },
    select: { id: true, email: true, cityId: true },
  });
  const byId = new Map(recipients.map((user) => [user.id, user]));
  const { count } = await tx.messageDelivery.createMany({
    data: notices.flatMap((notice) => {
      const user = byId.get(notice.userId);
      // A province account belongs to no city's send log; no notice kind goes to one today.
      if (!user?.email || user.cityId === null) return [];
      return [
        {
          cityId: user.cityId,
          channel: "EMAIL" as const,
          target: user.email,
          userId: user.id,
          notificationId: notice.id,
          kind: notice.kind,
          params: notice.params ?? {},
          link: notice.link,
          dedupeKey: `n:${notice.id}`,
        },
      ];
    }),
    skipDuplicates: true,
  });
  return count;
}

/** A message to a city's group robots: one per county and rule (its once-only key), not one per officer. */
export interface RobotMessage {
  cityId: number;
  kind: NotificationKind;
  params: Prisma.InputJsonObject;
  link: string;
  dedupeKey: string;
}

/**
 * One delivery per message and robot its city has configured; a key already queued is skipped. Messages of any
 * number of cities in two statements: the cities' robot settings, and the deliveries.
 */
export async function unsafeQueueRobotMessages(tx: Tx, messages: readonly RobotMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = await tx.setting.findMany({
    where: {
      cityId: { in: [...new Set(messages.map((message) => message.cityId))] },
      key: { in: Object.values(ROBOT_SETTING_KEYS) },
    },
    select: { cityId: true, key: true, value: true },
  });
  const settingsByCity = new Map<number, Record<string, unknown>>();
  for (const row of rows) {
    settingsByCity.set(row.cityId, { ...settingsByCity.get(row.cityId), [row.key]: row.value });
  }
  const robotsByCity = new Map(
    [...settingsByCity].map(([cityId, settings]) => {
      const robots = cityRobotsFrom(settings);
      const configured = (["WECOM", "DINGTALK"] as const).flatMap((channel) => {
        const robot = robots[channel];
        return robot ? [{ channel, target: robotLabel(robot.webhook) }] : [];
      });
      return [cityId, configured] as const;
    }),
  );
  const data = messages.flatMap((message) =>
    (robotsByCity.get(message.cityId) ?? []).map(({ channel, target }) => ({ channel, target, ...message })),
  );
  if (data.length === 0) return 0;
  const { count } = await tx.messageDelivery.createMany({ data, skipDuplicates: true });
  return count;
}
