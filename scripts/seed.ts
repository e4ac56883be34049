// npm run db:seed -- [--scale 1] [--as-of 2026-11-23]
// Loads the deterministic demo data set into the (migrated, empty) database at DATABASE_URL.
import { parseArgs } from "node:util";
import pg from "pg";
import { requireDatabaseUrl } from "./db/database-url";
import { seedDemoData } from "@/prisma/seed";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "1" }, "as-of": { type: "string" } },
});
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(
    "--scale takes a positive number: 1 is the demo, 10 the benchmark set, 17.5 about a province.",
  );
  process.exit(2);
}
const client = new pg.Client({ connectionString: requireDatabaseUrl() });
await client.connect();
try {
  const result = await seedDemoData(client, {
    scale,
    asOf: values["as-of"] ? new Date(values["as-of"]) : undefined,
  });
  const { data } = result;
  console.log(
    `Loaded ${data.cities.length} cities, ${data.counties.length} counties, ${data.towns.length} towns, ` +
      `${data.schools.length} schools, ${data.teachers.length} teachers, ${data.submissions.length} submissions ` +
      `(generated in ${(result.generateMs / 1000).toFixed(1)} s, loaded in ${(result.loadMs / 1000).toFixed(1)} s).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await client.end();
}
