import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import type { SubmissionEntry, SubmissionFormInput } from "@/lib/schemas/submissions";
import { claimVersion, loadScopedSubmission, unsafeRecordSubmissionEvent } from "./submission-access";
import { isAfterDeadline } from "@/lib/utils/reporting-periods";

type LoadedSubmission = Awaited<ReturnType<typeof loadScopedSubmission>>;

/**
 * The county may write while its submission is not yet submitted or was returned, and the period is open; after
 * the period closed, only a submission that city staff reopened (returned with a reopen reason) is writable.
 */
function assertEditable(submission: LoadedSubmission) {
  if (submission.state === "APPROVED")
    throw new AppError("INVALID_STATE", { messageKey: "submissions.locked" });
  if (submission.state === "SUBMITTED")
    throw new AppError("INVALID_STATE", { messageKey: "submissions.awaitingReview" });
  if (submission.period.state === "NOT_OPEN") throw new AppError("INVALID_STATE");
  const isReopened = submission.state === "RETURNED" && submission.reopenReason !== null;
  if (submission.period.state === "CLOSED" && !isReopened)
    throw new AppError("INVALID_STATE", { messageKey: "submissions.periodClosed" });
}

/**
 * Saves the county's values as a draft, or submits them (the schema has already required every value and the
 * explanations). Refuses a stale version; records every changed value, the transition, the submitted revision and
 * the audit record in one transaction.
 */
export async function saveSubmission(user: SessionUser, input: SubmissionFormInput) {
  return db().$transaction(async (tx) => {
    const submission = await loadScopedSubmission(tx, user, input.submissionId, "submissions:edit");
    assertEditable(submission);
    const now = new Date();
    const isSubmit = input.intent === "submit";
    const toState: SubmissionState = isSubmit
      ? "SUBMITTED"
      : submission.state === "NOT_STARTED"
        ? "DRAFT"
        : submission.state;
    const isLate = isSubmit && isAfterDeadline(submission.period.deadline, now);
    const version = await claimVersion(tx, submission.id, input.version, {
      state: toState,
      ...(isSubmit ? { submittedAt: now, submittedById: user.id, isLate } : {}),
    });

    const existing = await tx.submissionValue.findMany({
      where: { submissionId: submission.id },
      select: { id: true, indicatorKey: true, value: true, note: true },
    });
    const byKey = new Map(existing.map((row) => [row.indicatorKey, row]));
    const changed: Record<string, { before: SubmissionEntry | null; after: SubmissionEntry }> = {};
    for (const [indicatorKey, entry] of Object.entries(input.entries)) {
      const row = byKey.get(indicatorKey);
      const before = row ? { value: row.value === null ? null : Number(row.value), note: row.note } : null;
      if ((before?.value ?? null) === entry.value && (before?.note ?? null) === entry.note) continue;
      if (!row && entry.value === null && entry.note === null) continue;
      const value = row
        ? await tx.submissionValue.update({
            where: { id: row.id },
            data: { value: entry.value, note: entry.note },
            select: { id: true },
          })
        : await tx.submissionValue.create({
            data: { submissionId: submission.id, indicatorKey, value: entry.value, note: entry.note },
            select: { id: true },
          });
      await tx.submissionValueChange.create({
        data: {
          valueId: value.id,
          oldValue: before?.value ?? null,
          newValue: entry.value,
          oldNote: before?.note ?? null,
          newNote: entry.note,
          version,
          changedById: user.id,
        },
      });
      changed[indicatorKey] = { before, after: entry };
    }

    if (isSubmit) {
      // The reviewer's comments were about the previous revision.
      await tx.submissionValue.updateMany({
        where: { submissionId: submission.id },
        data: { returnComment: null },
      });
      const revisions = await tx.submissionRevision.count({ where: { submissionId: submission.id } });
      await tx.submissionRevision.create({
        data: {
          submissionId: submission.id,
          revision: revisions + 1,
          values: input.entries as object,
          submittedById: user.id,
          submittedAt: now,
        },
      });
    }
    if (toState !== submission.state)
      await unsafeRecordSubmissionEvent(tx, {
        submissionId: submission.id,
        fromState: submission.state,
        toState,
        actorId: user.id,
      });
    await recordAudit(tx, user, {
      action: isSubmit ? "submit" : "save",
      entity: "submission",
      entityId: submission.id,
      before: { state: submission.state, version: input.version },
      after: { state: toState, version, isLate, changed },
      cityId: submission.period.cityId,
    });
    return { version, state: toState, isLate };
  });
}
