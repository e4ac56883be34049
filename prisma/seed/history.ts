// Quarterly history of the computed indicators for the demo. The base data only describes today, so the demo's
// past quarters are drawn backwards from today's computed values (deterministically): most counties improving at
// different paces, some stagnating or slipping, so that the statuses and projections have something to show.
// In production this history is written when each quarter closes (lib/data/indicators/freeze-quarter.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { SNAPSHOT_KEYS, unsafeComputeIndicators } from "@/lib/data/indicators/compute-indicators";
import { unsafeWriteSnapshots } from "@/lib/data/indicators/snapshots";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import type { IndicatorResult } from "@/lib/indicators/result";
import { addQuarters, quarterOf } from "@/lib/utils/periods";
import { DEMO_SEED } from "./generate";
import { DEMO_QUARTERS } from "./submissions";
import { SeededRandom } from "./random";

function backcast(
  definition: IndicatorDefinitionView,
  current: number,
  quartersBack: number,
  pace: number,
): number {
  if (definition.valueType === "PERCENT") {
    // pace: percentage points gained per quarter
    const signed = definition.direction === "AT_LEAST" ? -pace : pace;
    return Math.min(100, Math.max(0, current + signed * quartersBack));
  }
  if (definition.valueType === "COUNT") {
    const factor = 1 + (pace / 20) * quartersBack * (definition.direction === "AT_MOST" ? 1 : -1);
    return Math.max(0, Math.round(current * factor));
  }
  // Ratios and per-pupil figures: pace is a relative change per quarter.
  const relative = (pace / 100) * quartersBack * (definition.direction === "AT_MOST" ? 1 : -1);
  return Math.max(0, current * (1 + relative));
}

export async function seedIndicatorHistory(databaseUrl: string, asOf: Date): Promise<void> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }),
  });
  const random = new SeededRandom(DEMO_SEED + 1);
  try {
    const cities = await client.city.findMany({
      orderBy: { id: "asc" },
      select: { id: true, counties: { select: { id: true }, orderBy: { id: "asc" } } },
    });
    const current = quarterOf(asOf);
    for (const city of cities) {
      const computation = await unsafeComputeIndicators(client, {
        cityId: city.id,
        countyIds: city.counties.map((county) => county.id),
        includeCity: true,
        asOf,
      });
      const definitions = new Map(computation.definitions.map((definition) => [definition.key, definition]));
      const orgs = [
        ...[...computation.counties].map(([orgId, data]) => ({
          orgLevel: "COUNTY" as const,
          orgId,
          results: data.computation.results,
        })),
        { orgLevel: "CITY" as const, orgId: city.id, results: computation.city!.computation.results },
      ];
      // A pace per org unit and indicator: most improve, about one in six stagnates or slips.
      const paces = new Map<string, number>();
      for (const org of orgs) {
        for (const key of SNAPSHOT_KEYS)
          paces.set(
            `${org.orgId}:${key}`,
            random.chance(0.17) ? random.uniform(-0.6, 0.1) : random.uniform(0.3, 2.4),
          );
      }
      for (let back = 1; back < DEMO_QUARTERS; back++) {
        const quarter = addQuarters(current, -back);
        const entries = orgs.flatMap((org) =>
          SNAPSHOT_KEYS.flatMap((key) => {
            const result = org.results[key];
            const definition = definitions.get(key);
            if (!result?.computable || !definition) return [];
            const value = backcast(definition, result.value, back, paces.get(`${org.orgId}:${key}`) ?? 0);
            const past: IndicatorResult = {
              computable: true,
              value: value * (1 + random.uniform(-0.004, 0.004)),
            };
            return [{ orgLevel: org.orgLevel, orgId: org.orgId, indicatorKey: key, result: past }];
          }),
        );
        await unsafeWriteSnapshots(client, quarter, entries);
      }
    }
  } finally {
    await client.$disconnect();
  }
}
