import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CloseSchoolInput } from "@/lib/schemas/schools";
import { AUDITED_SCHOOL_FIELDS, loadScopedSchool } from "./school-access";

/**
 * 撤并: closes an active school of the user's scope on a day and, where it merged, names the active school of the
 * same county it merged into. A closed school leaves the active lists and the figures; its records stay.
 */
export async function closeSchool(actor: SessionUser, input: CloseSchoolInput) {
  assertCan(actor, "schools:manage");
  return db().$transaction(async (tx) => {
    const before = await loadScopedSchool(tx, actor, input.id);
    if (!before.isActive) throw new AppError("INVALID_STATE", { messageKey: "schools.alreadyClosed" });
    if (input.mergedIntoId !== undefined) {
      // Only an active school of the same county: a merger across counties would move its pupils out of the county's
      // figures, which is a change of divisions, not a 撤并.
      const target = await tx.school.findFirst({
        where: { id: input.mergedIntoId, countyId: before.countyId, isActive: true, NOT: { id: before.id } },
        select: { id: true },
      });
      if (!target)
        throw new AppError("VALIDATION", {
          messageKey: "schools.mergeTargetInvalid",
          details: { fieldErrors: { mergedIntoId: [{ key: "mergeTargetInvalid" }] } },
        });
    }
    const after = await tx.school.update({
      where: { id: before.id },
      data: { isActive: false, closedOn: input.closedOn, mergedIntoId: input.mergedIntoId ?? null },
      select: AUDITED_SCHOOL_FIELDS,
    });
    await recordAudit(tx, actor, { action: "close", entity: "school", entityId: before.id, before, after });
    return after;
  });
}

/** Reopens a closed school of the user's scope: active again, without a closing day or a merger. */
export async function reopenSchool(actor: SessionUser, input: { id: number }) {
  assertCan(actor, "schools:manage");
  return db().$transaction(async (tx) => {
    const before = await loadScopedSchool(tx, actor, input.id);
    if (before.isActive) throw new AppError("INVALID_STATE", { messageKey: "schools.notClosed" });
    const after = await tx.school.update({
      where: { id: before.id },
      data: { isActive: true, closedOn: null, mergedIntoId: null },
      select: AUDITED_SCHOOL_FIELDS,
    });
    await recordAudit(tx, actor, { action: "reopen", entity: "school", entityId: before.id, before, after });
    return after;
  });
}
