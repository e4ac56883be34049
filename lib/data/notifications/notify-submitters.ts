import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { noticePeriodParams } from "@/lib/notifications/notice-text";
import type { PeriodName } from "@/lib/utils/reporting-periods";
import { unsafeQueueNoticeEmails } from "./queue-deliveries";

type Tx = Prisma.TransactionClient;

/** What a report's notice is rendered from (lib/i18n messages `inbox.kinds`), as it was when it was sent. */
type ReportNoticeParams = ReturnType<typeof noticePeriodParams> & {
  county: string;
  countyEn: string;
  reason?: string | null;
};

/**
 * The people a report's review concerns: whoever submitted one of its revisions, while they are still active
 * accounts of that county (an officer who moved on is not told about a county that is no longer theirs). A report
 * with no such submitter (submitted under an account since removed) goes to the county's active officers, so that
 * a return never goes unread.
 */
async function unsafeReportRecipients(tx: Tx, submissionId: number, countyId: number): Promise<number[]> {
  const ofCounty = { countyId, isActive: true } as const;
  const submitters = await tx.user.findMany({
    where: { ...ofCounty, revisions: { some: { submissionId } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (submitters.length > 0) return submitters.map((user) => user.id);
  const officers = await tx.user.findMany({
    where: { ...ofCounty, role: "COUNTY_OFFICER" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return officers.map((user) => user.id);
}

/**
 * Tells a report's submitters that it was returned or approved, in the review's own transaction: the notice exists
 * exactly when the review does. Unscoped: the caller loaded the report in the reviewer's scope. Returns who was told,
 * for the review's audit record.
 */
export async function unsafeNotifyReportReviewed(
  tx: Tx,
  report: {
    id: number;
    countyId: number;
    period: PeriodName & { quarter: number | null };
  },
  kind: Extract<NotificationKind, "REPORT_RETURNED" | "REPORT_APPROVED">,
  reason: string | null,
): Promise<number[]> {
  const [recipients, county] = await Promise.all([
    unsafeReportRecipients(tx, report.id, report.countyId),
    tx.county.findUniqueOrThrow({ where: { id: report.countyId }, select: { name: true, nameEn: true } }),
  ]);
  const params: ReportNoticeParams = {
    county: county.name,
    countyEn: county.nameEn,
    ...noticePeriodParams(report.period),
    ...(reason === null ? {} : { reason }),
  };
  return unsafeSendReviewNotices(tx, recipients, kind, params, `/submissions/${report.id}`);
}

/** The review's notices and their e-mails, in the review's transaction; returns who was told. */
async function unsafeSendReviewNotices(
  tx: Tx,
  recipients: number[],
  kind: NotificationKind,
  params: ReportNoticeParams,
  link: string,
): Promise<number[]> {
  const notices = await tx.notification.createManyAndReturn({
    data: recipients.map((userId) => ({ userId, kind, params: { ...params }, link })),
    select: { id: true, userId: true, kind: true, params: true, link: true },
  });
  // Their e-mails, queued in the same transaction and sent by the job (decision 0042).
  await unsafeQueueNoticeEmails(tx, notices);
  return recipients;
}

/**
 * Tells the principal who submitted a school's return (decision 0046) that the county returned or approved it, with
 * the report's own notice kinds, naming the school where a report names its county. The submitter while still an
 * active account of that school; otherwise the school's active principals. Unscoped: the caller loaded the return
 * in the reviewer's scope.
 */
export async function unsafeNotifySchoolReturnReviewed(
  tx: Tx,
  found: {
    id: number;
    submittedById: number | null;
    school: { id: number; name: string };
    period: PeriodName & { quarter: number | null };
  },
  kind: Extract<NotificationKind, "REPORT_RETURNED" | "REPORT_APPROVED">,
  reason: string | null,
): Promise<number[]> {
  const ofSchool = { schoolId: found.school.id, isActive: true } as const;
  const submitter =
    found.submittedById === null
      ? []
      : await tx.user.findMany({ where: { ...ofSchool, id: found.submittedById }, select: { id: true } });
  const recipients =
    submitter.length > 0
      ? submitter
      : await tx.user.findMany({
          where: { ...ofSchool, role: "SCHOOL_PRINCIPAL" },
          select: { id: true },
          orderBy: { id: "asc" },
        });
  const params: ReportNoticeParams = {
    // School names have no English form in the register: the same name in both languages.
    county: found.school.name,
    countyEn: found.school.name,
    ...noticePeriodParams(found.period),
    ...(reason === null ? {} : { reason }),
  };
  return unsafeSendReviewNotices(
    tx,
    recipients.map((user) => user.id),
    kind,
    params,
    `/school-returns/${found.id}`,
  );
}
