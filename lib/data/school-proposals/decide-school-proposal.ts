import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { withSchoolCodeRace } from "@/lib/data/schools/school-access";
import { writeSchoolUpdate } from "@/lib/data/schools/update-school";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RejectSchoolProposalInput } from "@/lib/schemas/school-proposals";
import { schoolProposalChangesSchema } from "@/lib/schemas/school-proposals";
import { PROPOSABLE_SCHOOL_FIELDS, updateSchoolSchema } from "@/lib/schemas/schools";
import { loadPendingProposal } from "./proposal-access";

/**
 * 采纳: applies a pending proposal through the county's own edit (writeSchoolUpdate), in one transaction with the
 * proposal's state. A school written since the proposal was made (by the county, an import or another accepted
 * proposal) is a conflict: the principal proposed against values that are no longer the register's, so nothing
 * changes and the officer decides on the current record. A proposal corrects a mistake of the register: a change of
 * the 城乡分类代码 or the town-seat flag applies to every quarter (decision 0024), not from a day.
 */
export async function acceptSchoolProposal(
  actor: SessionUser,
  { id }: { id: number },
  now: Date = new Date(),
) {
  assertCan(actor, "schools:review-proposals");
  assertCan(actor, "schools:manage");
  return withSchoolCodeRace(() =>
    db().$transaction(async (tx) => {
      const proposal = await loadPendingProposal(tx, actor, id);
      const school = await tx.school.findUniqueOrThrow({
        where: { id: proposal.schoolId },
        select: { ...PROPOSABLE_SCHOOL_FIELDS, code: true, townId: true, updatedAt: true },
      });
      if (school.updatedAt.getTime() !== proposal.baseUpdatedAt.getTime())
        throw new AppError("STALE_VERSION", { messageKey: "schoolProposals.schoolChanged" });
      const { updatedAt: _read, ...current } = school;
      const changes = schoolProposalChangesSchema.parse(proposal.changes);
      const edit = updateSchoolSchema.safeParse({
        ...current,
        ...changes,
        id: proposal.schoolId,
        stateChange: "correction",
      });
      if (!edit.success)
        throw new AppError("VALIDATION", {
          messageKey: "schoolProposals.invalidNow",
          log: `school proposal ${id}: ${edit.error.message}`,
        });
      const after = await writeSchoolUpdate(tx, actor, edit.data, now);
      const decided = await tx.schoolProposal.update({
        where: { id },
        data: { state: "ACCEPTED", decidedById: actor.id, decidedAt: now },
        select: { id: true, schoolId: true, state: true },
      });
      await recordAudit(tx, actor, {
        action: "accept_correction",
        entity: "school_proposal",
        entityId: id,
        before: { state: "PENDING" },
        after: { ...decided, changes },
      });
      return after;
    }),
  );
}

/** 驳回: with a reason the principal reads on its school's page. */
export async function rejectSchoolProposal(
  actor: SessionUser,
  { id, reason }: RejectSchoolProposalInput,
  now: Date = new Date(),
) {
  assertCan(actor, "schools:review-proposals");
  return db().$transaction(async (tx) => {
    await loadPendingProposal(tx, actor, id);
    const decided = await tx.schoolProposal.update({
      where: { id },
      data: { state: "REJECTED", decidedById: actor.id, decidedAt: now, rejectReason: reason },
      select: { id: true, schoolId: true, state: true, rejectReason: true },
    });
    await recordAudit(tx, actor, {
      action: "reject_correction",
      entity: "school_proposal",
      entityId: id,
      before: { state: "PENDING" },
      after: decided,
    });
    return decided;
  });
}

/** 撤回: the principal who proposed it, while it is pending. */
export async function withdrawSchoolProposal(
  actor: SessionUser,
  { id }: { id: number },
  now: Date = new Date(),
) {
  assertCan(actor, "schools:propose");
  return db().$transaction(async (tx) => {
    const proposal = await loadPendingProposal(tx, actor, id);
    if (proposal.proposedById !== actor.id) throw new AppError("FORBIDDEN");
    const withdrawn = await tx.schoolProposal.update({
      where: { id },
      data: { state: "WITHDRAWN", decidedById: actor.id, decidedAt: now },
      select: { id: true, schoolId: true, state: true },
    });
    await recordAudit(tx, actor, {
      action: "withdraw_correction",
      entity: "school_proposal",
      entityId: id,
      before: { state: "PENDING" },
      after: withdrawn,
    });
    return withdrawn;
  });
}
