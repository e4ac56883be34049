// npm run db:seed -- [--scale 1] [--as-of 2026-11-23]
// Loads the deterministic demo data set into the (migrated, empty) database at DATABASE_URL.
import { parseArgs } from "node:util";
import { seedDemoData } from "@/prisma/seed";
import { requireDatabaseUrl } from "./db/database-url";

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
const seconds = (ms: number) => (ms / 1000).toFixed(1);
try {
  const { data, generateMs, loadMs, historyMs } = await seedDemoData(requireDatabaseUrl(), {
    scale,
    asOf: values["as-of"] ? new Date(values["as-of"]) : undefined,
  });
  console.log(
    `Loaded ${data.cities.length} cities, ${data.counties.length} counties, ${data.towns.length} towns, ` +
      `${data.schools.length} schools, ${data.teachers.length} teachers, ${data.submissions.length} submissions ` +
      `(generated in ${seconds(generateMs)} s, loaded in ${seconds(loadMs)} s, indicator history in ${seconds(historyMs)} s).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
