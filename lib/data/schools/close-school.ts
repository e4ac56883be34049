import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AUDITED_MEMBERSHIP_FIELDS } from "@/lib/data/groups/group-access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CloseSchoolInput } from "@/lib/schemas/schools";
import { AUDITED_SCHOOL_FIELDS, loadScopedSchool } from "./school-access";

type Tx = Prisma.TransactionClient;

/**
 * 撤并: closes an active school of the user's scope on a day and, where it merged, names the active school of the
 * same county it merged into. A closed school leaves the active lists and the figures; its records stay. Its current
 * education-group memberships end on the closing day in the same transaction (decision 0031), so no group keeps a
 * school that no longer exists; the core school of a running group cannot close (another core first, or dissolve).
 */
export async function closeSchool(actor: SessionUser, input: CloseSchoolInput) {
  assertCan(actor, "schools:manage");
  return db().$transaction(async (tx) => {
    const found = await loadScopedSchool(tx, actor, input.id);
    // The school's row is locked before its state is read, as a group join locks it (lockCountySchool): a join and a
    // closing of one school run one after the other, so no membership begins for a school being closed.
    await tx.$executeRaw`SELECT 1 FROM schools WHERE id = ${found.id} FOR UPDATE`;
    const before = await loadScopedSchool(tx, actor, found.id);
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
    await endMembershipsOnClosing(tx, actor, before.id, input.closedOn);
    return after;
  });
}

/**
 * Ends the school's current memberships (left_on null) on the closing day, each audited under its group as a member
 * leaving. Refused, and so the whole closing with it, where the school is the core of a running group or joined a
 * group after the closing day (the membership would end before it began).
 */
async function endMembershipsOnClosing(tx: Tx, actor: SessionUser, schoolId: number, closedOn: Date) {
  const current = await tx.educationGroupMember.findMany({
    where: { schoolId, leftOn: null },
    select: { ...AUDITED_MEMBERSHIP_FIELDS, group: { select: { name: true, coreSchoolId: true } } },
    orderBy: { id: "asc" },
  });
  for (const { group, ...before } of current) {
    if (group.coreSchoolId === schoolId) throw closingRefused("closingCoreSchool", group.name);
    if (before.joinedOn > closedOn) throw closingRefused("closedBeforeJoin", group.name);
    const after = await tx.educationGroupMember.update({
      where: { id: before.id },
      data: { leftOn: closedOn },
      select: AUDITED_MEMBERSHIP_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "remove_member",
      entity: "education_group",
      entityId: before.groupId,
      before,
      after,
    });
  }
}

function closingRefused(key: "closingCoreSchool" | "closedBeforeJoin", group: string) {
  return new AppError(key === "closingCoreSchool" ? "INVALID_STATE" : "VALIDATION", {
    messageKey: `schools.${key}`,
    params: { group },
    details: { fieldErrors: { closedOn: [{ key, params: { group } }] } },
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
