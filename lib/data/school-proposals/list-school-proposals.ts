import "server-only";
import { assertCan, can, type Permission } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { forbiddenError } from "@/lib/errors";
import { schoolProposalChangesSchema } from "@/lib/schemas/school-proposals";
import { PROPOSABLE_SCHOOL_FIELDS } from "@/lib/schemas/schools";

export const SCHOOL_PROPOSAL_PAGE_SIZE = 20;
const READERS: readonly Permission[] = ["schools:propose", "schools:review-proposals"];

/**
 * Correction proposals of the schools in the user's scope (a principal: its own school's; a county officer: its
 * county's), pending first, then newest first; optionally of one school.
 */
export async function listSchoolProposals(
  actor: SessionUser,
  { page, schoolId }: { page: number; schoolId?: number },
) {
  if (!READERS.some((permission) => can(actor.role, permission))) throw forbiddenError();
  const where = {
    school: inScope(schoolId === undefined ? {} : { id: schoolId }, schoolScopeWhere(actor)),
  };
  const [rows, total, pending] = await Promise.all([
    db().schoolProposal.findMany({
      where,
      // PENDING is the enum's first value: ascending order puts the undecided ones first.
      orderBy: [{ state: "asc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SCHOOL_PROPOSAL_PAGE_SIZE,
      take: SCHOOL_PROPOSAL_PAGE_SIZE,
      select: {
        id: true,
        state: true,
        changes: true,
        note: true,
        rejectReason: true,
        createdAt: true,
        decidedAt: true,
        proposedById: true,
        // The register's values now, shown beside the proposed ones.
        school: { select: { id: true, code: true, ...PROPOSABLE_SCHOOL_FIELDS } },
        proposedBy: { select: { displayName: true } },
      },
    }),
    db().schoolProposal.count({ where }),
    db().schoolProposal.count({ where: { ...where, state: "PENDING" } }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, changes: schoolProposalChangesSchema.parse(row.changes) })),
    total,
    pending,
  };
}

/** How many proposals wait for the user's decision: the review list's badge. */
export async function countPendingSchoolProposals(actor: SessionUser) {
  assertCan(actor, "schools:review-proposals");
  return db().schoolProposal.count({
    where: { state: "PENDING", school: inScope({}, schoolScopeWhere(actor)) },
  });
}
