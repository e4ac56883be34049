// The bench's data sets: one database per scale on the local server (so that a province-scale run never reuses the
// scale-10 set), created and loaded with the demo generator on first use and reused by later runs.
import pg from "pg";
import { isDatabaseEmpty, seedDemoData } from "@/prisma/seed";
import { withDatabase } from "../db/database-name";
import { prepareDatabase } from "../db/prepare";

/** BENCH_DATABASE_URL, or rerm_bench (scale 10) / rerm_bench_scale_17_5 (any other scale) on the local server. */
export function benchDatabaseUrl(scale: number): string {
  const suffix = scale === 10 ? "" : `_scale_${String(scale).replace(".", "_")}`;
  return process.env.BENCH_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/rerm_bench${suffix}`;
}

export async function ensureBenchDatabase(url: string, scale: number, log: (line: string) => void) {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  await prepareDatabase(url);
  if (await isDatabaseEmpty(url)) {
    log(`generating the scale-${scale} data set (once; reused by later runs) …`);
    const { data, generateMs, loadMs, historyMs } = await seedDemoData(url, { scale });
    log(
      `${data.cities.length} cities, ${data.counties.length} counties, ${data.schools.length} schools, ` +
        `${data.teachers.length} teachers in ${((generateMs + loadMs + historyMs) / 1000).toFixed(0)} s`,
    );
    // A run right after loading would otherwise be planned without statistics until autovacuum comes round (the
    // facility worklist scanned the province's facility records; decision 0053).
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("ANALYZE");
    await client.end();
  }
}
