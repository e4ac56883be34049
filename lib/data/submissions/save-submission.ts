import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionEntry, SubmissionFormInput } from "@/lib/schemas/submissions";
import {
  changedEntries,
  claimVersion,
  loadForTransition,
  staleSubmissionError,
  unsafeRecordTransition,
} from "./submission-access";
import { isAfterDeadline } from "@/lib/utils/reporting-periods";
import { unsafeLoadCountyRollUp } from "@/lib/data/school-returns/load-county-roll-up";

/**
 * Saves the county's values as a draft, or submits them (the schema has already required every value and the
 * explanations). Refuses a stale version; records every changed value, the transition, the submitted revision and
 * the audit record in one transaction.
 */
export async function saveSubmission(user: SessionUser, input: SubmissionFormInput) {
  return db().$transaction(async (tx) => {
    const isSubmit = input.intent === "submit";
    const action = isSubmit ? "submit" : "save";
    // The workflow decides: the county writes while the report is with it and the period open (or it was reopened).
    const { submission, toState } = await loadForTransition(tx, user, input.submissionId, action);
    const now = new Date();
    const isLate = isSubmit && isAfterDeadline(submission.period.deadline, now);
    // Where schools report, an item that rolls up is the sum of the schools' approved returns, computed here and now
    // whatever the form sent (decision 0046); the county's note on it stays its own.
    if (submission.period.quarter === null) {
      const rollUp = await unsafeLoadCountyRollUp(tx, submission.period.id, submission.countyId);
      for (const [key, figure] of rollUp)
        input.entries[key] = { value: figure.value, note: input.entries[key]?.note ?? null };
    }
    const existing = await tx.submissionValue.findMany({
      where: { submissionId: submission.id },
      select: { indicatorKey: true, value: true, note: true },
    });
    const changed = changedEntries(existing, input.entries);
    // A draft saved again as it is creates no version (decision 0023); a stale one is still told so.
    if (!isSubmit && toState === submission.state && Object.keys(changed).length === 0) {
      if (submission.version !== input.version) throw await staleSubmissionError(tx, submission.id);
      return { version: submission.version, state: toState, isLate: false };
    }
    const version = await claimVersion(tx, submission.id, input.version, {
      state: toState,
      ...(isSubmit ? { submittedAt: now, submittedById: user.id, isLate } : {}),
    });

    await writeChangedValues(tx, {
      submissionId: submission.id,
      changes: Object.entries(changed).map(([indicatorKey, { after }]) => ({ indicatorKey, ...after })),
      version,
      changedById: user.id,
    });

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
    await unsafeRecordTransition(tx, user, submission, {
      action,
      toState,
      readVersion: input.version,
      version,
      details: { isLate, changed },
    });
    return { version, state: toState, isLate };
  });
}

/**
 * Writes the changed values and records each change (old → new, from the rows as they were) in one statement, so a
 * report of any length costs one round trip.
 */
async function writeChangedValues(
  tx: Prisma.TransactionClient,
  {
    submissionId,
    changes,
    version,
    changedById,
  }: {
    submissionId: number;
    changes: ({ indicatorKey: string } & SubmissionEntry)[];
    version: number;
    changedById: number;
  },
) {
  if (changes.length === 0) return;
  const rows = changes.map(({ indicatorKey, value, note }) => ({ indicator_key: indicatorKey, value, note }));
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(indicator_key text, value numeric, note text)
    ), previous AS (
      SELECT indicator_key, value, note FROM submission_values WHERE submission_id = ${submissionId}
    ), written AS (
      INSERT INTO submission_values (submission_id, indicator_key, value, note, updated_at)
      SELECT ${submissionId}, input.indicator_key, input.value, input.note, now() FROM input
      ON CONFLICT (submission_id, indicator_key) DO UPDATE SET
        value = EXCLUDED.value, note = EXCLUDED.note, updated_at = now()
      RETURNING id, indicator_key
    )
    INSERT INTO submission_value_changes (value_id, old_value, new_value, old_note, new_note, version, changed_by_id)
    SELECT written.id, previous.value, input.value, previous.note, input.note, ${version}, ${changedById}
    FROM written
    JOIN input USING (indicator_key)
    LEFT JOIN previous USING (indicator_key)`;
}
