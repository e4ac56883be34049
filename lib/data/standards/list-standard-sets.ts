import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { THRESHOLD_ROW_SELECT } from "./threshold-select";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { rowsInForce } from "@/lib/indicators/effective-standards";
import { unsafeLoadThresholdsInForce } from "./load-thresholds";
import { businessDay } from "@/lib/utils/periods";

/**
 * The standard sets the user's city sees (shared ones, or the city's own copy where it has one), each with its
 * threshold rows and whether each row is in force today.
 */
export async function listStandardSets(user: SessionUser, asOf: Date = businessDay(new Date())) {
  assertCan(user, "standards:edit");
  const client = db();
  const [sets, inForce] = await Promise.all([
    client.standardSet.findMany({
      where: { OR: [{ cityId: null }, { cityId: ownCityId(user) }] },
      orderBy: { id: "asc" },
      select: {
        id: true,
        key: true,
        cityId: true,
        nameZh: true,
        nameEn: true,
        issuer: true,
        documentNo: true,
        isConfigurable: true,
        overridesKey: true,
        isSample: true,
        version: true,
        thresholds: {
          orderBy: [
            { indicatorKey: "asc" },
            { schoolLevel: "asc" },
            { minClasses: "asc" },
            { effectiveFrom: "asc" },
          ],
          select: {
            ...THRESHOLD_ROW_SELECT,
            updatedAt: true,
            updatedBy: { select: { displayName: true } },
          },
        },
      },
    }),
    unsafeLoadThresholdsInForce(client, ownCityId(user), asOf),
  ]);
  const inForceIds = new Set(rowsInForce(inForce, ownCityId(user), asOf).map((row) => row.id));
  // A city's own copy of a set replaces the shared one: show the copy only.
  const ownKeys = new Set(sets.filter((set) => set.cityId === ownCityId(user)).map((set) => set.key));
  return sets
    .filter((set) => set.cityId !== null || !ownKeys.has(set.key))
    .map((set) => ({
      ...set,
      isCityCopy: set.cityId !== null,
      thresholds: set.thresholds.map((row) => ({
        ...row,
        value: row.value?.toNumber() ?? null,
        isInForce: inForceIds.has(row.id),
      })),
    }));
}
