import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { SaveFacilityRecordInput } from "@/lib/schemas/facilities";

/** Creates or replaces one school's facility record of a school year; the audit keeps the values before and after. */
export async function saveFacilityRecord(user: SessionUser, input: SaveFacilityRecordInput) {
  assertCan(user, "facilities:edit");
  const { schoolId, schoolYear, ...values } = input;
  return db().$transaction(async (tx) => {
    // The scope check and the write share the transaction: a school moved out of scope meanwhile is not written.
    const school = await tx.school.findFirst({
      where: inScope({ id: schoolId, isActive: true }, schoolScopeWhere(user)),
      select: { id: true },
    });
    if (!school) throw notFoundError();
    const before = await tx.facilityRecord.findUnique({
      where: { schoolId_schoolYear: { schoolId, schoolYear } },
    });
    const saved = await tx.facilityRecord.upsert({
      where: { schoolId_schoolYear: { schoolId, schoolYear } },
      create: { schoolId, schoolYear, ...values, updatedById: user.id },
      update: { ...values, updatedById: user.id },
    });
    await recordAudit(tx, user, {
      action: before ? "update" : "create",
      entity: "facility_record",
      entityId: saved.id,
      before,
      after: saved,
    });
    return { id: saved.id, schoolYear };
  });
}
