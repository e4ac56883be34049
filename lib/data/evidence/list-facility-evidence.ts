import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { EVIDENCE_LIST_SELECT } from "./evidence-access";

/**
 * The 佐证材料 of a school's facility record of a school year: the record's id (null while the year has no record,
 * which files wait for) and its files. Null when the school is outside the user's scope.
 */
export async function listFacilityEvidence(actor: SessionUser, schoolId: number, schoolYear: number) {
  assertCan(actor, "schools:view");
  const school = await db().school.findFirst({
    where: inScope({ id: schoolId }, schoolScopeWhere(actor)),
    select: {
      facilityRecords: {
        where: { schoolYear },
        select: { id: true, evidenceFiles: { select: EVIDENCE_LIST_SELECT, orderBy: { id: "asc" } } },
      },
    },
  });
  if (!school) return null;
  const record = school.facilityRecords[0];
  return { recordId: record?.id ?? null, files: record?.evidenceFiles ?? [] };
}
