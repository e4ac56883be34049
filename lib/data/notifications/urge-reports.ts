import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { dispatchSoon } from "@/lib/jobs/dispatch-now";
import { AppError, notFoundError } from "@/lib/errors";
import { noticePeriodParams } from "@/lib/notifications/notice-text";
import type { UrgeReportsInput } from "@/lib/schemas/notifications";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { daysUntil } from "@/lib/workflows/deadlines";
import { urgeKey } from "@/lib/workflows/reminders";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";
import { OWING_COUNTY_SELECT, unsafeQueueNoticeEmails, unsafeQueueRobotMessages } from "./queue-deliveries";

/**
 * 催报: city staff remind the active officers of the chosen counties that still owe the open quarter's report, with
 * one action. Counties that have submitted since are skipped; a county urged today is not urged twice (urgeKey).
 * The messages, their e-mails and group-robot messages (queued, sent by the job: decision 0042) and the audit
 * record are written together.
 */
export async function urgeReports(actor: SessionUser, input: UrgeReportsInput) {
  assertCan(actor, "submissions:review");
  const urged = await db().$transaction(async (tx) => {
    // Security: a period of another city reads as missing.
    const period = await tx.reportingPeriod.findFirst({
      where: { id: input.periodId, ...cityRowsWhere(actor) },
      select: { id: true, cityId: true, quarter: true, deadline: true, state: true, ...PERIOD_NAME_FIELDS },
    });
    if (!period) throw notFoundError();
    if (!PERIOD_WORKFLOW.isIn("open", period.state))
      throw new AppError("INVALID_STATE", { messageKey: "inbox.urgeClosed" });
    const owing = await tx.submission.findMany({
      where: {
        periodId: period.id,
        countyId: { in: input.countyIds },
        state: { in: [...SUBMISSION_WORKFLOW.sets.awaitingCounty] },
      },
      orderBy: { countyId: "asc" },
      select: {
        id: true,
        countyId: true,
        county: OWING_COUNTY_SELECT,
      },
    });
    if (owing.length === 0) throw new AppError("INVALID_STATE", { messageKey: "inbox.nothingToUrge" });
    const today = businessDay(new Date());
    const params = {
      ...noticePeriodParams(period),
      deadline: isoDay(period.deadline),
      daysLeft: daysUntil(period.deadline, today),
    };
    const notices = await tx.notification.createManyAndReturn({
      data: owing.flatMap((report) =>
        report.county.users.map((user) => ({
          userId: user.id,
          kind: "REPORT_URGED" as const,
          params: { ...params, county: report.county.name, countyEn: report.county.nameEn },
          link: `/submissions/${report.id}`,
          dedupeKey: urgeKey(period.id, report.countyId, isoDay(today)),
        })),
      ),
      skipDuplicates: true,
      select: { id: true, userId: true, kind: true, params: true, link: true },
    });
    const count = notices.length;
    await unsafeQueueNoticeEmails(tx, notices);
    await unsafeQueueRobotMessages(
      tx,
      owing.map((report) => ({
        cityId: period.cityId,
        kind: "REPORT_URGED" as const,
        params: { ...params, county: report.county.name, countyEn: report.county.nameEn },
        link: `/submissions/${report.id}`,
        dedupeKey: urgeKey(period.id, report.countyId, isoDay(today)),
      })),
    );
    const urged = { periodId: period.id, countyIds: owing.map((report) => report.countyId), sent: count };
    await recordAudit(tx, actor, {
      action: "urge",
      entity: "report_reminder",
      entityId: period.id,
      after: urged,
    });
    return urged;
  });
  dispatchSoon();
  return urged;
}
