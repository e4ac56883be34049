import "server-only";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { noticePeriodParams } from "@/lib/notifications/notice-text";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { daysUntil } from "@/lib/workflows/deadlines";
import { dueReminderRule, reminderKey } from "@/lib/workflows/reminders";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";
import { unsafeQueueNoticeEmails, unsafeQueueRobotMessages } from "./queue-deliveries";

/**
 * Reminds the officers of every county that still owes its report of an open quarter, by the reminder rule due
 * today in Beijing (lib/workflows/reminders.ts). Safe to run as often and in as many processes as one likes: each
 * message carries its once-only key, and the unique index on (user, key) makes a second copy a no-op
 * (ON CONFLICT DO NOTHING), whichever process or retry inserts it first. Unscoped: a job of the system, every city;
 * it is no user's action (no caller, no id from anyone), and the messages it writes are its record. With each
 * period's messages, in the same transaction, it queues their e-mails and one message per county and rule for the
 * city's group robots (decision 0042); the robots' once-only key is the reminder's own.
 */
export async function sendDueReminders(now: Date = new Date()): Promise<{ sent: number }> {
  const today = businessDay(now);
  const periods = await db().reportingPeriod.findMany({
    where: { state: "OPEN" },
    select: { id: true, cityId: true, quarter: true, deadline: true, ...PERIOD_NAME_FIELDS },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  for (const period of periods) {
    const rule = dueReminderRule(period.deadline, today);
    if (!rule) continue;
    const owing = await db().submission.findMany({
      where: { periodId: period.id, state: { in: [...SUBMISSION_WORKFLOW.sets.awaitingCounty] } },
      select: {
        id: true,
        countyId: true,
        county: {
          select: {
            name: true,
            nameEn: true,
            users: { where: { isActive: true, role: "COUNTY_OFFICER" }, select: { id: true } },
          },
        },
      },
    });
    const params = {
      ...noticePeriodParams(period),
      deadline: isoDay(period.deadline),
      daysLeft: daysUntil(period.deadline, today),
    };
    sent += await db().$transaction(async (tx) => {
      const notices = await tx.notification.createManyAndReturn({
        data: owing.flatMap((report) =>
          report.county.users.map((user) => ({
            userId: user.id,
            kind: "DEADLINE_REMINDER" as const,
            params: { ...params, county: report.county.name, countyEn: report.county.nameEn },
            link: `/submissions/${report.id}`,
            dedupeKey: reminderKey(period.id, report.countyId, rule),
          })),
        ),
        skipDuplicates: true,
        select: { id: true, userId: true, kind: true, params: true, link: true },
      });
      await unsafeQueueNoticeEmails(tx, notices);
      await unsafeQueueRobotMessages(
        tx,
        period.cityId,
        owing.map((report) => ({
          kind: "DEADLINE_REMINDER" as const,
          params: { ...params, county: report.county.name, countyEn: report.county.nameEn },
          link: `/submissions/${report.id}`,
          dedupeKey: reminderKey(period.id, report.countyId, rule),
        })),
      );
      return notices.length;
    });
  }
  return { sent };
}
