import "server-only";
import type { DbClient } from "@/lib/db";
import type { Quarter } from "@/lib/utils/periods";
import { SNAPSHOT_KEYS, unsafeComputeIndicators } from "./compute-indicators";
import { unsafeWriteSnapshots } from "./snapshots";

/**
 * Freezes the computed indicators of a city and its counties as they stand on `asOf` into the quarter's snapshots:
 * done when a reporting period closes, so that later changes to base data do not rewrite history.
 * Unscoped: the caller has checked the city.
 */
export async function unsafeFreezeQuarter(
  client: DbClient,
  cityId: number,
  quarter: Quarter,
  asOf: Date,
): Promise<void> {
  const countyIds = (await client.county.findMany({ where: { cityId }, select: { id: true } })).map(
    (county) => county.id,
  );
  const computation = await unsafeComputeIndicators(client, { cityId, countyIds, includeCity: true, asOf });
  const entries = [
    ...[...computation.counties].flatMap(([countyId, county]) =>
      SNAPSHOT_KEYS.flatMap((key) => {
        const result = county.computation.results[key];
        return result ? [{ orgLevel: "COUNTY" as const, orgId: countyId, indicatorKey: key, result }] : [];
      }),
    ),
    ...SNAPSHOT_KEYS.flatMap((key) => {
      const result = computation.city?.computation.results[key];
      return result ? [{ orgLevel: "CITY" as const, orgId: cityId, indicatorKey: key, result }] : [];
    }),
  ];
  await unsafeWriteSnapshots(client, quarter, entries);
}
