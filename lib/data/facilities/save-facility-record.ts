import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { staleRecordError, updateVersioned } from "@/lib/data/audit/versioned-write";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { NO_RECORD_VERSION } from "@/lib/schemas/common";
import { FACILITY_CHANGE_FACTOR, largeFacilityChanges } from "@/lib/indicators/formulas/facility-changes";
import { FACILITY_NUMBER_FIELDS, type SaveFacilityRecordInput } from "@/lib/schemas/facilities";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Creates or corrects one school's facility record of a school year, if it is still at the version the form was
 * opened at (0: there was none; decision 0023); the audit keeps the values before and after. A value far from the
 * school's record of an earlier year is saved only once the user confirmed it.
 */
export async function saveFacilityRecord(
  user: SessionUser,
  input: Omit<SaveFacilityRecordInput, "confirmLargeChanges"> & { confirmLargeChanges?: boolean },
) {
  assertCan(user, "facilities:edit");
  const { schoolId, schoolYear, version: readVersion, confirmLargeChanges, ...values } = input;
  return db().$transaction(async (tx) => {
    // The scope check and the write share the transaction: a school moved out of scope meanwhile is not written.
    const school = await tx.school.findFirst({
      where: inScope({ id: schoolId, isActive: true }, schoolScopeWhere(user)),
      select: { id: true, countyId: true },
    });
    if (!school) throw notFoundError();
    if (!confirmLargeChanges) await assertNoLargeChanges(tx, schoolId, schoolYear, values);
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
        countyId: school.countyId,
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
      countyId: school.countyId,
    });
    return { id: saved.id, schoolYear };
  });
}

/** Refuses values far from the school's latest record of an earlier year until the user confirms them. */
async function assertNoLargeChanges(
  tx: Prisma.TransactionClient,
  schoolId: number,
  schoolYear: number,
  values: Omit<SaveFacilityRecordInput, "schoolId" | "schoolYear" | "version" | "confirmLargeChanges">,
) {
  const previous = await tx.facilityRecord.findFirst({
    where: { schoolId, schoolYear: { lt: schoolYear } },
    orderBy: { schoolYear: "desc" },
  });
  if (!previous) return;
  const numbers = (record: Record<string, unknown>) =>
    Object.fromEntries(FACILITY_NUMBER_FIELDS.map((field) => [field, Number(record[field])])) as Record<
      (typeof FACILITY_NUMBER_FIELDS)[number],
      number
    >;
  const changes = largeFacilityChanges(numbers(previous), numbers(values), FACILITY_NUMBER_FIELDS);
  if (changes.length === 0) return;
  const params = { year: previous.schoolYear, factor: FACILITY_CHANGE_FACTOR };
  throw new AppError("VALIDATION", {
    messageKey: "facilities.largeChanges",
    params: { ...params, count: changes.length },
    details: {
      fieldErrors: {
        ...Object.fromEntries(
          changes.map(({ field, before, after }) => [
            field,
            [{ key: "largeChange", params: { ...params, before, after } }],
          ]),
        ),
        confirmLargeChanges: [{ key: "confirmLargeChanges" }],
      },
    },
  });
}
