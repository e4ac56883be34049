import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReturnSubmissionInput } from "@/lib/schemas/submissions";
import { claimVersion, loadScopedSubmission, unsafeRecordSubmissionEvent } from "./submission-access";

/** Only a submitted report can be reviewed: a draft is still the county's, an approved one is locked. */
async function loadSubmittedForReview(
  tx: Parameters<typeof loadScopedSubmission>[0],
  user: SessionUser,
  submissionId: number,
) {
  const submission = await loadScopedSubmission(tx, user, submissionId, "submissions:review");
  if (submission.state !== "SUBMITTED")
    throw new AppError("INVALID_STATE", { messageKey: "submissions.notSubmitted" });
  return submission;
}

/** Approves a submitted report: its values count in every figure from now on, and it is locked. */
export async function approveSubmission(user: SessionUser, input: { submissionId: number; version: number }) {
  return db().$transaction(async (tx) => {
    const submission = await loadSubmittedForReview(tx, user, input.submissionId);
    const version = await claimVersion(tx, submission.id, input.version, {
      state: "APPROVED",
      approvedAt: new Date(),
      approvedById: user.id,
      reopenReason: null,
    });
    await unsafeRecordSubmissionEvent(tx, {
      submissionId: submission.id,
      fromState: "SUBMITTED",
      toState: "APPROVED",
      actorId: user.id,
    });
    await recordAudit(tx, user, {
      action: "approve",
      entity: "submission",
      entityId: submission.id,
      before: { state: submission.state, version: input.version },
      after: { state: "APPROVED", version },
      cityId: submission.period.cityId,
    });
    return { version };
  });
}

/** Returns a submitted report to the county with an overall reason and optional comments on single values. */
export async function returnSubmission(user: SessionUser, input: ReturnSubmissionInput) {
  return db().$transaction(async (tx) => {
    const submission = await loadSubmittedForReview(tx, user, input.submissionId);
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
      state: "RETURNED",
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
    await unsafeRecordSubmissionEvent(tx, {
      submissionId: submission.id,
      fromState: "SUBMITTED",
      toState: "RETURNED",
      reason,
      actorId: user.id,
    });
    await recordAudit(tx, user, {
      action: "return",
      entity: "submission",
      entityId: submission.id,
      before: { state: submission.state, version: input.version },
      after: { state: "RETURNED", version, reason, comments: input.comments },
      cityId: submission.period.cityId,
    });
    return { version };
  });
}
