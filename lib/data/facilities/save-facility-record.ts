import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { staleRecordError, updateVersioned } from "@/lib/data/audit/versioned-write";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { NO_RECORD_VERSION } from "@/lib/schemas/common";
import type { SaveFacilityRecordInput } from "@/lib/schemas/facilities";

/**
 * Creates or corrects one school's facility record of a school year, if it is still at the version the form was
 * opened at (0: there was none; decision 0023); the audit keeps the values before and after.
 */
export async function saveFacilityRecord(user: SessionUser, input: SaveFacilityRecordInput) {
  assertCan(user, "facilities:edit");
  const { schoolId, schoolYear, version: readVersion, ...values } = input;
  return db().$transaction(async (tx) => {
    // The scope check and the write share the transaction: a school moved out of scope meanwhile is not written.
    const school = await tx.school.findFirst({
      where: inScope({ id: schoolId, isActive: true }, schoolScopeWhere(user)),
      select: { id: true },
    });
    if (!school) throw notFoundError();
    const key = { schoolId_schoolYear: { schoolId, schoolYear } };
    const reload = () => tx.facilityRecord.findUniqueOrThrow({ where: key });
    const before = await tx.facilityRecord.findUnique({ where: key });
    if (before) {
      const saved = await updateVersioned(tx, user, {
        entity: "facility_record",
        before,
        readVersion,
        values,
        update: () =>
          tx.facilityRecord.updateMany({
            where: { id: before.id, version: readVersion },
            data: { ...values, updatedById: user.id, version: { increment: 1 } },
          }),
        reload,
      });
      return { id: saved.id, schoolYear };
    }
    // Records are never deleted, so a form that saw one cannot be creating it.
    if (readVersion !== NO_RECORD_VERSION) throw new AppError("STALE_VERSION");
    // Two first saves of the same year: the unique key lets one insert, the other finds the winner's record.
    const { count } = await tx.facilityRecord.createMany({
      data: [{ schoolId, schoolYear, ...values, updatedById: user.id }],
      skipDuplicates: true,
    });
    if (count === 0) throw await staleRecordError(tx, "facility_record", await reload(), values);
    const saved = await reload();
    await recordAudit(tx, user, {
      action: "create",
      entity: "facility_record",
      entityId: saved.id,
      after: saved,
    });
    return { id: saved.id, schoolYear };
  });
}
