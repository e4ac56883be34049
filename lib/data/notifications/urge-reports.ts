import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, schoolReturnScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { dispatchSoon } from "@/lib/jobs/dispatch-now";
import { AppError, notFoundError } from "@/lib/errors";
import { noticePeriodParams } from "@/lib/notifications/notice-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PeriodState } from "@/lib/generated/prisma/enums";
import type { UrgeReportsInput, UrgeSchoolReturnsInput } from "@/lib/schemas/notifications";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { daysUntil } from "@/lib/workflows/deadlines";
import { schoolUrgeKey, urgeKey } from "@/lib/workflows/reminders";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";
import { OWING_COUNTY_SELECT, unsafeQueueNoticeEmails, unsafeQueueRobotMessages } from "./queue-deliveries";

type Tx = Prisma.TransactionClient;

/**
 * The period a 催报 is about, in the actor's city (`where` narrows it further), and what every notice of it says:
 * the period, its deadline and the days left today. A period of another city reads as missing.
 */
async function loadUrgedPeriod(
  tx: Tx,
  actor: SessionUser,
  periodId: number,
  where: Prisma.ReportingPeriodWhereInput = {},
) {
  const period = await tx.reportingPeriod.findFirst({
    where: { id: periodId, ...cityRowsWhere(actor), ...where },
    select: { id: true, cityId: true, quarter: true, deadline: true, state: true, ...PERIOD_NAME_FIELDS },
  });
  if (!period) throw notFoundError();
  const today = businessDay(new Date());
  const params = {
    ...noticePeriodParams(period),
    deadline: isoDay(period.deadline),
    daysLeft: daysUntil(period.deadline, today),
  };
  return { period, params, day: isoDay(today) };
}

/** Only an open period is urged: a closed one is over, one not yet open has nothing to fill in. */
function assertUrgeable(period: { state: PeriodState }) {
  if (!PERIOD_WORKFLOW.isIn("open", period.state))
    throw new AppError("INVALID_STATE", { messageKey: "inbox.urgeClosed" });
}

/** One notice of a 催报: to whom, about what, and its once-only key. */
interface UrgeNotice {
  userId: number;
  params: Record<string, string | number>;
  link: string;
  dedupeKey: string;
}

/**
 * A 催报's notices (one per recipient and key: a second the same day is skipped), their e-mails and its audit
 * record naming the units urged; what was sent.
 */
async function recordUrge<Units extends { countyIds: number[] } | { schoolIds: number[] }>(
  tx: Tx,
  actor: SessionUser,
  periodId: number,
  notices: UrgeNotice[],
  units: Units,
): Promise<Units & { periodId: number; sent: number }> {
  const written = await tx.notification.createManyAndReturn({
    data: notices.map((notice) => ({ ...notice, kind: "REPORT_URGED" as const })),
    skipDuplicates: true,
    select: { id: true, userId: true, kind: true, params: true, link: true },
  });
  await unsafeQueueNoticeEmails(tx, written);
  const urged: Units & { periodId: number; sent: number } = { ...units, periodId, sent: written.length };
  await recordAudit(tx, actor, {
    action: "urge",
    entity: "report_reminder",
    entityId: periodId,
    after: urged,
  });
  return urged;
}

/**
 * 催报: city staff remind the active officers of the chosen counties that still owe the open quarter's report, with
 * one action. Counties that have submitted since are skipped; a county urged today is not urged twice (urgeKey).
 * The messages, their e-mails and group-robot messages (queued, sent by the job: decision 0042) and the audit
 * record are written together.
 */
export async function urgeReports(actor: SessionUser, input: UrgeReportsInput) {
  assertCan(actor, "submissions:review");
  const urged = await db().$transaction(async (tx) => {
    const { period, params, day } = await loadUrgedPeriod(tx, actor, input.periodId);
    assertUrgeable(period);
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
    const message = (report: (typeof owing)[number]) => ({
      params: { ...params, county: report.county.name, countyEn: report.county.nameEn },
      link: `/submissions/${report.id}`,
      dedupeKey: urgeKey(period.id, report.countyId, day),
    });
    await unsafeQueueRobotMessages(
      tx,
      owing.map((report) => ({ cityId: period.cityId, kind: "REPORT_URGED" as const, ...message(report) })),
    );
    return recordUrge(
      tx,
      actor,
      period.id,
      owing.flatMap((report) => report.county.users.map((user) => ({ userId: user.id, ...message(report) }))),
      { countyIds: owing.map((report) => report.countyId) },
    );
  });
  dispatchSoon();
  return urged;
}

/**
 * A county's 催报 to its schools (decision 0046): the active principals of the chosen schools whose return of an
 * open school-reported period is still owed, in the officer's county only. A school urged today is not urged twice
 * (schoolUrgeKey). Inbox notices and their e-mails, no group robot: the city's robots speak for the city.
 */
export async function urgeSchoolReturns(actor: SessionUser, input: UrgeSchoolReturnsInput) {
  assertCan(actor, "school-returns:review");
  const urged = await db().$transaction(async (tx) => {
    const { period, params, day } = await loadUrgedPeriod(tx, actor, input.periodId, {
      collection: { reporterLevel: "SCHOOL" },
    });
    // The chosen schools' returns in the officer's county: ids of other counties' schools read as missing.
    const chosen = await tx.schoolReturn.findMany({
      where: {
        AND: [{ periodId: period.id, schoolId: { in: input.schoolIds } }, schoolReturnScopeWhere(actor)],
      },
      orderBy: { schoolId: "asc" },
      select: {
        id: true,
        schoolId: true,
        state: true,
        school: {
          select: {
            name: true,
            users: { where: { isActive: true, role: "SCHOOL_PRINCIPAL" }, select: { id: true } },
          },
        },
      },
    });
    if (chosen.length === 0) throw notFoundError();
    assertUrgeable(period);
    const owing = chosen.filter((schoolReturn) =>
      SUBMISSION_WORKFLOW.isIn("awaitingCounty", schoolReturn.state),
    );
    if (owing.length === 0) throw new AppError("INVALID_STATE", { messageKey: "inbox.nothingToUrge" });
    return recordUrge(
      tx,
      actor,
      period.id,
      owing.flatMap((schoolReturn) =>
        schoolReturn.school.users.map((user) => ({
          userId: user.id,
          params: { ...params, county: schoolReturn.school.name, by: "county" },
          link: `/school-returns/${schoolReturn.id}`,
          dedupeKey: schoolUrgeKey(period.id, schoolReturn.schoolId, day),
        })),
      ),
      { schoolIds: owing.map((schoolReturn) => schoolReturn.schoolId) },
    );
  });
  dispatchSoon();
  return urged;
}
