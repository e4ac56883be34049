import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { staleRecordError, updateVersioned } from "@/lib/data/audit/versioned-write";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { UpdateStandardSetInput } from "@/lib/schemas/indicators";
import { cityCopyOf, THRESHOLD_FIELDS } from "./update-threshold";

const SET_FIELDS = {
  id: true,
  key: true,
  cityId: true,
  isConfigurable: true,
  isSample: true,
  version: true,
} as const;

/** An item of a standard: the indicator, level and class band a value is set for (its dated rows share it). */
const itemKey = (row: {
  indicatorKey: string;
  schoolLevel: string | null;
  minClasses: number | null;
  maxClasses: number | null;
}) => [row.indicatorKey, row.schoolLevel, row.minClasses, row.maxClasses].join("|");

/**
 * Sets every item of a configurable standard for the user's city at once, from one effective date (decision 0007:
 * a new date adds rows, the same date corrects them). The first edit makes the city's own copy of a shared set. The
 * set's version guards the whole form (decision 0023): a form read before another edit of the set is refused with
 * that edit, nothing is written. A save that changes no value writes nothing. Entering the city's own values ends a
 * sample set (示例（非官方）). One audit record lists every changed item.
 */
export async function updateStandardSet(user: SessionUser, input: UpdateStandardSetInput) {
  assertCan(user, "standards:edit");
  return db().$transaction(async (tx) => {
    // Security: only the shared sets or the user's own city's copies.
    const read = await tx.standardSet.findFirst({
      where: { id: input.setId, OR: [{ cityId: null }, { cityId: ownCityId(user) }] },
      select: SET_FIELDS,
    });
    if (!read) throw notFoundError();
    if (!read.isConfigurable)
      throw new AppError("INVALID_STATE", { messageKey: "standards.notConfigurable" });
    const sentRows = await tx.standardThreshold.findMany({
      where: { id: { in: input.items.map((item) => item.id) }, setId: read.id },
      select: THRESHOLD_FIELDS,
    });
    if (sentRows.length !== new Set(input.items.map((item) => item.id)).size) throw notFoundError();

    let set = read;
    if (read.cityId === null) {
      const copy = await tx.standardSet.findFirst({
        where: { key: read.key, cityId: ownCityId(user) },
        select: SET_FIELDS,
      });
      // The city's copy replaced the shared set since the form was read: someone else has edited it.
      if (copy) throw await staleRecordError(tx, "standard_set", copy, {});
      if (read.version !== input.version) throw await staleRecordError(tx, "standard_set", read, {});
      const copyId = await cityCopyOf(tx, read.id, ownCityId(user));
      set = await tx.standardSet.findUniqueOrThrow({ where: { id: copyId }, select: SET_FIELDS });
    }
    const effectiveFrom = new Date(`${input.effectiveFrom}T00:00:00Z`);
    const rowOf = new Map(sentRows.map((row) => [row.id, row]));
    const current = Object.fromEntries(
      input.items.map((item) => [`value.${item.id}`, rowOf.get(item.id)!.value?.toNumber() ?? null]),
    );
    const sent = Object.fromEntries(input.items.map((item) => [`value.${item.id}`, item.value]));
    const changed = input.items.filter(
      (item) => (rowOf.get(item.id)!.value?.toNumber() ?? null) !== item.value,
    );
    const before = { id: set.id, version: set.version, isSample: set.isSample, ...current };
    const readVersion = read.cityId === null ? set.version : input.version;

    return updateVersioned(tx, user, {
      entity: "standard_set",
      before,
      readVersion,
      values: { isSample: false, ...sent },
      update: async () => {
        const claimed = await tx.standardSet.updateMany({
          where: { id: set.id, version: readVersion },
          data: { version: { increment: 1 }, isSample: false },
        });
        if (claimed.count === 0) return claimed;
        const existing = await tx.standardThreshold.findMany({
          where: { setId: set.id, effectiveFrom },
          select: { id: true, indicatorKey: true, schoolLevel: true, minClasses: true, maxClasses: true },
        });
        const onTheDay = new Map(existing.map((row) => [itemKey(row), row.id]));
        for (const item of changed) {
          const { id: _id, setId: _setId, ...row } = rowOf.get(item.id)!;
          const sameDay = onTheDay.get(itemKey(row));
          if (sameDay !== undefined)
            await tx.standardThreshold.update({
              where: { id: sameDay },
              data: { value: item.value, updatedById: user.id },
            });
          else
            await tx.standardThreshold.create({
              data: { ...row, setId: set.id, value: item.value, effectiveFrom, updatedById: user.id },
            });
        }
        return claimed;
      },
      reload: async () => {
        const now = await tx.standardSet.findUniqueOrThrow({ where: { id: set.id }, select: SET_FIELDS });
        return { ...before, version: now.version, isSample: now.isSample, ...sent };
      },
    });
  });
}
