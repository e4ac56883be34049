import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { loadScopedSchool } from "@/lib/data/schools/school-access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  schoolProposalChangesSchema,
  type ProposeSchoolCorrectionInput,
  type SchoolProposalChanges,
} from "@/lib/schemas/school-proposals";
import { PROPOSABLE_SCHOOL_FIELDS } from "@/lib/schemas/schools";

/**
 * 提出更正: a principal proposes corrections of its own school's register entry. Only the fields that differ from
 * the school as it is now are kept, with the school's last write time, so that the accept can tell a school that
 * changed since.
 */
export async function proposeSchoolCorrection(actor: SessionUser, input: ProposeSchoolCorrectionInput) {
  assertCan(actor, "schools:propose");
  const { schoolId, note, ...proposed } = input;
  return db().$transaction(async (tx) => {
    // Security: the principal's scope is its own school; another id reads as missing.
    await loadScopedSchool(tx, actor, schoolId);
    const school = await tx.school.findUniqueOrThrow({
      where: { id: schoolId },
      select: { updatedAt: true, isActive: true, ...PROPOSABLE_SCHOOL_FIELDS },
    });
    if (!school.isActive) throw new AppError("INVALID_STATE", { messageKey: "schoolProposals.schoolClosed" });
    const changes: SchoolProposalChanges = {};
    for (const key of PROPOSABLE_KEYS)
      if (proposed[key] !== school[key]) Object.assign(changes, { [key]: proposed[key] });
    if (Object.keys(changes).length === 0)
      throw new AppError("VALIDATION", { messageKey: "schoolProposals.nothingChanged" });
    const stored = schoolProposalChangesSchema.parse(changes);
    const proposal = await tx.schoolProposal.create({
      data: { schoolId, proposedById: actor.id, changes: stored, baseUpdatedAt: school.updatedAt, note },
      select: { id: true, schoolId: true, changes: true, note: true, state: true },
    });
    await recordAudit(tx, actor, {
      action: "propose_correction",
      entity: "school_proposal",
      entityId: proposal.id,
      after: proposal,
    });
    return proposal;
  });
}

const PROPOSABLE_KEYS = Object.keys(PROPOSABLE_SCHOOL_FIELDS) as (keyof typeof PROPOSABLE_SCHOOL_FIELDS)[];
