import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { ReopenSubmissionInput } from "@/lib/schemas/submissions";
import { claimVersion, loadForTransition, unsafeRecordTransition } from "./submission-access";

/**
 * Unlocks a county's report for correction, with a reason: an approved report, or any report of a closed period.
 * It goes back to the county as returned (its values stop counting until approved again).
 */
export async function reopenSubmission(user: SessionUser, input: ReopenSubmissionInput) {
  return db().$transaction(async (tx) => {
    const { submission, toState } = await loadForTransition(tx, user, input.submissionId, "reopen");
    const version = await claimVersion(tx, submission.id, input.version, {
      state: toState,
      reopenReason: input.reason,
      returnReason: input.reason,
      returnedAt: new Date(),
      returnedById: user.id,
    });
    await unsafeRecordTransition(tx, user, submission, {
      action: "reopen",
      toState,
      readVersion: input.version,
      version,
      reason: input.reason,
      details: { reason: input.reason },
    });
    return { version };
  });
}
