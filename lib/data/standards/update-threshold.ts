import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { THRESHOLD_ROW_SELECT } from "./threshold-select";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudited } from "@/lib/data/audit/write-audited";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UpdateThresholdInput } from "@/lib/schemas/indicators";

type Tx = Prisma.TransactionClient;

export const THRESHOLD_FIELDS = { ...THRESHOLD_ROW_SELECT, setId: true } as const;

/**
 * The city's own copy of a configurable shared set, made on the first edit with all its rows: the provincial set
 * stays untouched for other cities, and the copy replaces it for this city (lib/indicators/effective-standards.ts).
 */
export async function cityCopyOf(tx: Tx, setId: number, cityId: number): Promise<number> {
  const shared = await tx.standardSet.findUniqueOrThrow({
    where: { id: setId },
    include: { thresholds: { select: THRESHOLD_FIELDS } },
  });
  const existing = await tx.standardSet.findFirst({
    where: { key: shared.key, cityId },
    select: { id: true },
  });
  if (existing) return existing.id;
  const { id: copyId } = await tx.standardSet.create({
    data: {
      key: shared.key,
      cityId,
      nameZh: shared.nameZh,
      nameEn: shared.nameEn,
      issuer: shared.issuer,
      documentNo: shared.documentNo,
      isConfigurable: true,
      overridesKey: shared.overridesKey,
    },
    select: { id: true },
  });
  await tx.standardThreshold.createMany({
    data: shared.thresholds.map(({ id: _id, setId: _setId, ...row }) => ({ ...row, setId: copyId })),
  });
  return copyId;
}

/**
 * Sets a value (or "not configured") of a configurable standard for the user's city from an effective date. A new
 * date adds a row, so the earlier value stays in force for earlier periods; the same date corrects the row.
 */
export async function updateThreshold(user: SessionUser, input: UpdateThresholdInput) {
  assertCan(user, "standards:edit");
  return db().$transaction(async (tx) => {
    // Security: only rows of the shared sets or of the user's own city's copies.
    const row = await tx.standardThreshold.findFirst({
      where: { id: input.id, set: { OR: [{ cityId: null }, { cityId: ownCityId(user) }] } },
      select: { ...THRESHOLD_FIELDS, set: { select: { id: true, cityId: true, isConfigurable: true } } },
    });
    if (!row) throw notFoundError();
    if (!row.set.isConfigurable)
      throw new AppError("INVALID_STATE", { messageKey: "standards.notConfigurable" });
    const setId = row.set.cityId === null ? await cityCopyOf(tx, row.set.id, ownCityId(user)) : row.set.id;
    const effectiveFrom = new Date(`${input.effectiveFrom}T00:00:00Z`);
    const item = {
      setId,
      indicatorKey: row.indicatorKey,
      schoolLevel: row.schoolLevel,
      minClasses: input.minClasses,
      maxClasses: input.maxClasses,
    };
    const before = await tx.standardThreshold.findFirst({
      where: { ...item, effectiveFrom },
      select: THRESHOLD_FIELDS,
    });
    const values = { value: input.value, note: input.note || row.note, updatedById: user.id };
    // A whole-set form opened before this edit is stale now (decision 0023).
    await tx.standardSet.update({ where: { id: setId }, data: { version: { increment: 1 } } });
    return writeAudited(
      tx,
      user,
      "standard_threshold",
      before,
      {
        update: (id) =>
          tx.standardThreshold.update({ where: { id }, data: values, select: THRESHOLD_FIELDS }),
        create: () =>
          tx.standardThreshold.create({
            data: {
              ...item,
              ...values,
              effectiveFrom,
              comparator: row.comparator,
              unit: row.unit,
              source: row.source,
              confidence: row.confidence,
            },
            select: THRESHOLD_FIELDS,
          }),
      },
      // A new dated row takes the place of the row in force before it.
      before ?? row,
    );
  });
}
