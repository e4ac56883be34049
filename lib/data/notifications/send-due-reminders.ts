import "server-only";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { noticePeriodParams } from "@/lib/notifications/notice-text";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { daysUntil } from "@/lib/workflows/deadlines";
import { dueReminderRule, reminderKey, schoolReminderKey } from "@/lib/workflows/reminders";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";
import { OWING_COUNTY_SELECT, unsafeQueueNoticeEmails, unsafeQueueRobotMessages } from "./queue-deliveries";

/**
 * Reminds the officers of every county that still owes its report of an open period, and the principals of every
 * school that still owes its return where schools report (decision 0046), by the reminder rule due today in Beijing
 * (lib/workflows/reminders.ts). Safe to run as often and in as many processes as one likes: each
 * message carries its once-only key, and the unique index on (user, key) makes a second copy a no-op
 * (ON CONFLICT DO NOTHING), whichever process or retry inserts it first. Unscoped: a job of the system, every city;
 * it is no user's action (no caller, no id from anyone), and the messages it writes are its record. With the
 * messages, in the same transaction, it queues their e-mails and one message per county and rule for the cities'
 * group robots (decision 0042); the robots' once-only key is the reminder's own. Schools' reminders go to their
 * principals only: a city's group would otherwise get one message per school.
 *
 * Set-based: the same few statements however many periods are open (the open periods, the reports still owed in
 * those with a rule due, then in one transaction the notices, their e-mails and the robot messages).
 */
export async function sendDueReminders(now: Date = new Date()): Promise<{ sent: number }> {
  const today = businessDay(now);
  const periods = await db().reportingPeriod.findMany({
    where: { state: "OPEN" },
    select: { id: true, cityId: true, quarter: true, deadline: true, ...PERIOD_NAME_FIELDS },
    orderBy: { id: "asc" },
  });
  const due = new Map(
    periods.flatMap((period) => {
      const rule = dueReminderRule(period.deadline, today);
      if (!rule) return [];
      const params = {
        ...noticePeriodParams(period),
        deadline: isoDay(period.deadline),
        daysLeft: daysUntil(period.deadline, today),
      };
      return [[period.id, { cityId: period.cityId, rule, params }] as const];
    }),
  );
  if (due.size === 0) return { sent: 0 };
  const owingState = { in: [...SUBMISSION_WORKFLOW.sets.awaitingCounty] };
  const [owing, owingSchools] = await Promise.all([
    db().submission.findMany({
      where: { periodId: { in: [...due.keys()] }, state: owingState },
      orderBy: [{ periodId: "asc" }, { countyId: "asc" }],
      select: { id: true, periodId: true, countyId: true, county: OWING_COUNTY_SELECT },
    }),
    db().schoolReturn.findMany({
      where: { periodId: { in: [...due.keys()] }, state: owingState },
      orderBy: [{ periodId: "asc" }, { schoolId: "asc" }],
      select: {
        id: true,
        periodId: true,
        school: {
          select: {
            id: true,
            name: true,
            users: { where: { isActive: true, role: "SCHOOL_PRINCIPAL" }, select: { id: true } },
          },
        },
      },
    }),
  ]);
  if (owing.length === 0 && owingSchools.length === 0) return { sent: 0 };
  const kind = "DEADLINE_REMINDER" as const;
  const messages = owing.map((report) => {
    const { cityId, rule, params } = due.get(report.periodId)!;
    return {
      cityId,
      kind,
      recipients: report.county.users,
      params: { ...params, county: report.county.name, countyEn: report.county.nameEn },
      link: `/submissions/${report.id}`,
      dedupeKey: reminderKey(report.periodId, report.countyId, rule),
    };
  });
  // A school's return is named by the school where a report names its county (as its review notices are).
  const schoolMessages = owingSchools.map((found) => {
    const { rule, params } = due.get(found.periodId)!;
    return {
      kind,
      recipients: found.school.users,
      params: { ...params, county: found.school.name, countyEn: found.school.name },
      link: `/school-returns/${found.id}`,
      dedupeKey: schoolReminderKey(found.periodId, found.school.id, rule),
    };
  });
  const sent = await db().$transaction(async (tx) => {
    const notices = await tx.notification.createManyAndReturn({
      data: [...messages, ...schoolMessages].flatMap(({ recipients, kind, params, link, dedupeKey }) =>
        recipients.map((user) => ({ userId: user.id, kind, params, link, dedupeKey })),
      ),
      skipDuplicates: true,
      select: { id: true, userId: true, kind: true, params: true, link: true },
    });
    await unsafeQueueNoticeEmails(tx, notices);
    await unsafeQueueRobotMessages(
      tx,
      messages.map(({ cityId, kind, params, link, dedupeKey }) => ({
        cityId,
        kind,
        params,
        link,
        dedupeKey,
      })),
    );
    return notices.length;
  });
  return { sent };
}
