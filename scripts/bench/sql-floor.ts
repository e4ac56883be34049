// The SQL floor of a dashboard at a concurrency: the statement its figures are built on (the school profiles of
// lib/data/indicators/load-school-profiles.ts, exactly as the app sends it), run by that many connections at once.
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { unsafeLoadSchoolProfiles } from "@/lib/data/indicators/load-school-profiles";
import { citySettingsFrom } from "@/lib/settings/city-settings";
import { percentile } from "./load";

/** The statement and parameters the app sends for these counties (and schools), captured instead of run. */
async function profileStatement(countyIds: number[], schoolIds?: number[]): Promise<Prisma.Sql> {
  let captured: Prisma.Sql | undefined;
  const capture = {
    $queryRaw: async (strings: TemplateStringsArray, ...values: unknown[]) => {
      captured = Prisma.sql(strings, ...values);
      return [];
    },
  };
  await unsafeLoadSchoolProfiles(capture as never, {
    countyIds,
    schoolIds,
    asOf: new Date(),
    principalTermYears: citySettingsFrom({}).principal_term_years,
  });
  return captured!;
}

/** p95 of the statement over `rounds` runs per connection, `concurrency` connections at once. */
export async function sqlFloorAt(
  url: string,
  scope: { countyIds: number[]; schoolIds?: number[] },
  concurrency: number,
  rounds = 5,
): Promise<number> {
  const statement = await profileStatement(scope.countyIds, scope.schoolIds);
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  try {
    await pool.query(statement.text, statement.values); // warm the plan cache and the buffers
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let round = 0; round < rounds; round++) {
          const started = performance.now();
          await pool.query(statement.text, statement.values);
          times.push(performance.now() - started);
        }
      }),
    );
    return percentile(
      times.sort((a, b) => a - b),
      95,
    );
  } finally {
    await pool.end();
  }
}
