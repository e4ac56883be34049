import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeNotifyReportReviewed } from "@/lib/data/notifications/notify-submitters";
import { db } from "@/lib/db";
import { dispatchSoon } from "@/lib/jobs/dispatch-now";
import { AppError } from "@/lib/errors";
import type { ReturnSubmissionInput } from "@/lib/schemas/submissions";
import { claimVersion, loadForTransition, unsafeRecordTransition } from "./submission-access";

/** Approves a submitted report: its values count in every figure from now on, and it is locked; its submitters are told. */
export async function approveSubmission(user: SessionUser, input: { submissionId: number; version: number }) {
  const reviewed = await db().$transaction(async (tx) => {
    const { submission, toState } = await loadForTransition(tx, user, input.submissionId, "approve");
    const version = await claimVersion(tx, submission.id, input.version, {
      state: toState,
      approvedAt: new Date(),
      approvedById: user.id,
      reopenReason: null,
    });
    const notified = await unsafeNotifyReportReviewed(tx, submission, "REPORT_APPROVED", null);
    await unsafeRecordTransition(tx, user, submission, {
      action: "approve",
      toState,
      readVersion: input.version,
      version,
      details: { notified },
    });
    return { version };
  });
  // The submitters' e-mails leave now, not at the dispatcher's next minute.
  dispatchSoon();
  return reviewed;
}

/**
 * Returns a submitted report to the county with an overall reason and optional comments on single values; its
 * submitters find it in their inbox with the reason.
 */
export async function returnSubmission(user: SessionUser, input: ReturnSubmissionInput) {
  const reviewed = await db().$transaction(async (tx) => {
    const { submission, toState } = await loadForTransition(tx, user, input.submissionId, "return");
    const reported = await tx.indicatorDefinition.findMany({
      where: { kind: "REPORTED", key: { in: Object.keys(input.comments) } },
      select: { key: true },
    });
    const unknown = Object.keys(input.comments).filter((key) => !reported.some((row) => row.key === key));
    if (unknown.length > 0)
      throw new AppError("VALIDATION", {
        details: {
          fieldErrors: Object.fromEntries(unknown.map((key) => [`comments.${key}`, [{ key: "invalid" }]])),
        },
      });
    const reason = input.reason === "" ? null : input.reason;
    const version = await claimVersion(tx, submission.id, input.version, {
      state: toState,
      returnedAt: new Date(),
      returnedById: user.id,
      returnReason: reason,
    });
    const comments = Object.entries(input.comments).map(([indicatorKey, comment]) => ({
      indicator_key: indicatorKey,
      comment,
    }));
    if (comments.length > 0)
      // A comment may name a value the county left empty (no row yet): it is created to carry the comment.
      await tx.$executeRaw`
        INSERT INTO submission_values (submission_id, indicator_key, return_comment, updated_at)
        SELECT ${submission.id}, r.indicator_key, r.comment, now()
        FROM json_to_recordset(${JSON.stringify(comments)}::json) AS r(indicator_key text, comment text)
        ON CONFLICT (submission_id, indicator_key) DO UPDATE SET
          return_comment = EXCLUDED.return_comment, updated_at = now()`;
    const notified = await unsafeNotifyReportReviewed(tx, submission, "REPORT_RETURNED", reason);
    await unsafeRecordTransition(tx, user, submission, {
      action: "return",
      toState,
      readVersion: input.version,
      version,
      reason,
      details: { reason, comments: input.comments, notified },
    });
    return { version };
  });
  // The submitters' e-mails leave now, not at the dispatcher's next minute.
  dispatchSoon();
  return reviewed;
}
