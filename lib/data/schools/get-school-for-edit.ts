import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AUDITED_SCHOOL_FIELDS } from "./school-access";

/**
 * A school of the user's scope as the edit form shows it, with its earlier states (latest first) and the active schools of its county it may merge into;
 * null when it is not in the scope.
 */
export async function getSchoolForEdit(actor: SessionUser, schoolId: number) {
  assertCan(actor, "schools:manage");
  const school = await db().school.findFirst({
    where: inScope({ id: schoolId }, schoolScopeWhere(actor)),
    select: {
      ...AUDITED_SCHOOL_FIELDS,
      mergedInto: { select: { id: true, name: true } },
      pastStates: {
        orderBy: { validUntil: "desc" },
        select: { validUntil: true, urbanRuralCode: true, locationClass: true, isTownSeat: true },
      },
    },
  });
  if (!school) return null;
  const mergeTargets = await db().school.findMany({
    where: { countyId: school.countyId, isActive: true, NOT: { id: school.id } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, code: true },
  });
  return { school, mergeTargets };
}
