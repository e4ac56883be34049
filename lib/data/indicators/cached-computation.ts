import "server-only";
import type { DbClient } from "@/lib/db";
import { type IndicatorComputation, unsafeComputeIndicators } from "./compute-indicators";
import { unsafeDataVersion } from "./data-version";

type ComputeOptions = Parameters<typeof unsafeComputeIndicators>[1];

// Computed indicators are the same for every user of a scope until the city's data changes, and a city computation
// takes a few hundred milliseconds: keep the most recent ones in this process, keyed by the city's data version
// (moved on by every audited write, lib/data/audit/record-audit.ts), so a write is visible on the next request.
const MAX_ENTRIES = 48;
const entries = new Map<string, Promise<IndicatorComputation>>();

/** unsafeComputeIndicators, shared between requests while the city's data is unchanged. Unscoped like it. */
export async function unsafeCachedComputation(
  client: DbClient,
  options: ComputeOptions,
): Promise<IndicatorComputation> {
  const version = await unsafeDataVersion(client, options.cityId);
  const key = JSON.stringify([
    options.cityId,
    options.countyIds,
    options.includeCity,
    options.includeTowns ?? false,
    options.asOf.toISOString(),
    version,
  ]);
  const held = entries.get(key);
  if (held) {
    // Most recently used last: the oldest entry is the first to go.
    entries.delete(key);
    entries.set(key, held);
    return held;
  }
  const computation = unsafeComputeIndicators(client, options);
  entries.set(key, computation);
  computation.catch(() => entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return computation;
}
