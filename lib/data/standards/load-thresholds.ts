import "server-only";
import { THRESHOLD_ROW_SELECT } from "./threshold-select";
import type { DbClient } from "@/lib/db";
import { rowsInForce, type ThresholdRow } from "@/lib/indicators/effective-standards";

/** Every threshold row in force for the city on `asOf` (shared sets, the city's own copies, overrides applied). */
export async function unsafeLoadThresholdsInForce(
  client: DbClient,
  cityId: number,
  asOf: Date,
): Promise<ThresholdRow[]> {
  const rows = await client.standardThreshold.findMany({
    where: { set: { OR: [{ cityId: null }, { cityId }] } },
    orderBy: [{ indicatorKey: "asc" }, { schoolLevel: "asc" }, { minClasses: "asc" }],
    select: {
      ...THRESHOLD_ROW_SELECT,
      set: { select: { key: true, cityId: true, overridesKey: true, isSample: true } },
    },
  });
  return rowsInForce(
    rows.map(({ set, value, ...row }) => ({
      ...row,
      value: value === null ? null : value.toNumber(),
      setKey: set.key,
      setCityId: set.cityId,
      overridesKey: set.overridesKey,
      isSample: set.isSample,
    })),
    cityId,
    asOf,
  );
}
