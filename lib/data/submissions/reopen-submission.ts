import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReopenSubmissionInput } from "@/lib/schemas/submissions";
import { claimVersion, loadScopedSubmission, unsafeRecordSubmissionEvent } from "./submission-access";

/**
 * Unlocks a county's report for correction, with a reason: an approved report, or any report of a closed period.
 * It goes back to the county as returned (its values stop counting until approved again).
 */
export async function reopenSubmission(user: SessionUser, input: ReopenSubmissionInput) {
  return db().$transaction(async (tx) => {
    const submission = await loadScopedSubmission(tx, user, input.submissionId, "submissions:review");
    const isReopenable =
      submission.state === "APPROVED" ||
      (submission.period.state === "CLOSED" && submission.reopenReason === null);
    if (!isReopenable) throw new AppError("INVALID_STATE", { messageKey: "submissions.notReopenable" });
    const version = await claimVersion(tx, submission.id, input.version, {
      state: "RETURNED",
      reopenReason: input.reason,
      returnReason: input.reason,
      returnedAt: new Date(),
      returnedById: user.id,
    });
    await unsafeRecordSubmissionEvent(tx, {
      submissionId: submission.id,
      fromState: submission.state,
      toState: "RETURNED",
      reason: input.reason,
      actorId: user.id,
    });
    await recordAudit(tx, user, {
      action: "reopen",
      entity: "submission",
      entityId: submission.id,
      before: { state: submission.state, version: input.version },
      after: { state: "RETURNED", version, reason: input.reason },
      cityId: submission.period.cityId,
    });
    return { version };
  });
}
