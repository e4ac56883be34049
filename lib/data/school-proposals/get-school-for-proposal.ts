import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { PROPOSABLE_SCHOOL_FIELDS } from "@/lib/schemas/schools";

/** The register entry a principal proposes to correct, as it is now, or null outside the user's scope. */
export async function getSchoolForProposal(actor: SessionUser, schoolId: number) {
  assertCan(actor, "schools:propose");
  return db().school.findFirst({
    where: inScope({ id: schoolId }, schoolScopeWhere(actor)),
    select: { id: true, code: true, isActive: true, ...PROPOSABLE_SCHOOL_FIELDS },
  });
}
