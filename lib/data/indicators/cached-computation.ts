import "server-only";
import { sharedValue } from "@/lib/cache/shared-cache";
import type { DbClient } from "@/lib/db";
import { type IndicatorComputation, unsafeComputeIndicators } from "./compute-indicators";
import { type DataScope, unsafeDataVersion, unsafeReadAtVersion } from "./data-version";

type ComputeOptions = Parameters<typeof unsafeComputeIndicators>[1];

/** A city computation is kept a day at most; a write makes a new key long before that. */
const COMPUTATION_TTL_SECONDS = 24 * 3600;

/**
 * The cache key of a computation: the scope it covers (city, counties, towns) and the reference date, and that
 * scope's data version, moved on by every audited write (lib/data/audit/record-audit.ts). The version makes every key
 * immutable: a write is visible on the next request without any invalidation.
 */
function computationKey(options: ComputeOptions, dataVersion: string): string {
  return JSON.stringify([
    "indicators",
    options.cityId,
    options.countyIds,
    options.includeCity,
    options.includeTowns ?? false,
    options.asOf.toISOString(),
    dataVersion,
  ]);
}

// Computed indicators are the same for every user of a scope until the scope's data changes, and a city computation
// takes a few hundred milliseconds: they are shared between requests, and between instances when Redis is
// configured, where one instance computes after a write while the others wait for its result (lib/cache).
/** unsafeComputeIndicators, shared between requests while its scope's data is unchanged. Unscoped like it. */
export async function unsafeCachedComputation(
  client: DbClient,
  options: ComputeOptions,
): Promise<IndicatorComputation> {
  const scope = computationScope(options);
  const version = await unsafeDataVersion(client, scope);
  return sharedValue(
    computationKey(options, version),
    () => unsafeReadAtVersion(client, scope, version, (reader) => unsafeComputeIndicators(reader, options)),
    { ttlSeconds: COMPUTATION_TTL_SECONDS },
  );
}

/** One county without the city reads that county's data only; anything else is the city's. */
function computationScope(options: ComputeOptions): DataScope {
  const [only, ...others] = options.countyIds;
  return {
    cityId: options.cityId,
    countyId: !options.includeCity && only !== undefined && others.length === 0 ? only : null,
  };
}
