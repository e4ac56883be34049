import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { SchoolReturnFormInput } from "@/lib/schemas/school-returns";
import { changedEntries } from "@/lib/data/submissions/submission-access";
import { isAfterDeadline } from "@/lib/utils/reporting-periods";
import {
  claimSchoolReturnVersion,
  loadSchoolReturnForTransition,
  staleSchoolReturnError,
  unsafeRecordSchoolReturnStep,
} from "./school-return-access";

/**
 * Saves the school's values as a draft, or submits them to the county (the schema has already required every value
 * and the notes). Refuses a stale version; writes the changed values and the audit record (with every change, old
 * and new) in one transaction.
 */
export async function saveSchoolReturn(user: SessionUser, input: SchoolReturnFormInput) {
  return db().$transaction(async (tx) => {
    const isSubmit = input.intent === "submit";
    const action = isSubmit ? "submit" : "save";
    const { found, toState } = await loadSchoolReturnForTransition(tx, user, input.returnId, action);
    const now = new Date();
    const isLate = isSubmit && isAfterDeadline(found.period.deadline, now);
    const existing = await tx.schoolReturnValue.findMany({
      where: { returnId: found.id },
      select: { indicatorKey: true, value: true, note: true },
    });
    const changed = changedEntries(existing, input.entries);
    // A draft saved again as it is writes nothing (decision 0023); a stale one is still told so.
    if (!isSubmit && toState === found.state && Object.keys(changed).length === 0) {
      if (found.version !== input.version) throw await staleSchoolReturnError(tx, found.id);
      return { version: found.version, state: toState, isLate: false };
    }
    const version = await claimSchoolReturnVersion(tx, found.id, input.version, {
      state: toState,
      ...(isSubmit ? { submittedAt: now, submittedById: user.id, isLate } : {}),
    });
    const rows = Object.entries(changed).map(([indicatorKey, { after }]) => ({
      indicator_key: indicatorKey,
      value: after.value,
      note: after.note,
    }));
    if (rows.length > 0)
      await tx.$executeRaw`
        INSERT INTO school_return_values (return_id, indicator_key, value, note, updated_at)
        SELECT ${found.id}, r.indicator_key, r.value, r.note, now()
        FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(indicator_key text, value numeric, note text)
        ON CONFLICT (return_id, indicator_key) DO UPDATE SET
          value = EXCLUDED.value, note = EXCLUDED.note, updated_at = now()`;
    await unsafeRecordSchoolReturnStep(tx, user, found, {
      action,
      toState,
      readVersion: input.version,
      version,
      details: { isLate, changed },
    });
    return { version, state: toState, isLate };
  });
}
