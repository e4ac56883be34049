// npm run bench:problems [-- --city 济南市 --runs 3] — how long generating the 问题清单 from the figures takes on
// the scale-10 data set (BENCH_DATABASE_URL, default rerm_bench; created once like `npm run bench`'s): the preview
// (cold, in a fresh process, and warm), generating (every problem new), and generating again (nothing to add: the
// de-duplication's cost). The city's FIGURE problems are removed before and after, so every run starts alike.
// Writes bench/problems.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../db/migrations";
import { benchDatabaseUrl, ensureBenchDatabase } from "./bench-database";
import { percentile } from "./load";

const { values: args } = parseArgs({
  options: { city: { type: "string", default: "济南市" }, runs: { type: "string", default: "3" } },
});
const SCALE = 10;
const RUNS = Math.max(1, Number(args.runs));
const log = (line: string) => console.error(`[bench:problems] ${line}`);

const url = benchDatabaseUrl(SCALE);
await ensureBenchDatabase(url, SCALE, log);
process.env.DATABASE_URL = url;

const { db } = await import("@/lib/db");
const { sessionUserWhere } = await import("@/tests/support/session-user");
const { generateFigureProblems, previewFigureProblems } =
  await import("@/lib/data/problems/generate-figure-problems");

const staff = await sessionUserWhere(
  { role: "CITY_STAFF", isActive: true, city: { name: args.city } },
  { sessionId: "bench", ip: "127.0.0.1" },
);
const clear = () => db().problem.deleteMany({ where: { cityId: staff.cityId, source: "FIGURE" } });
const timed = async <T>(run: () => Promise<T>) => {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
};
const deadline = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 30));

await clear();
const cold = await timed(() => previewFigureProblems(staff));
const warm: number[] = [];
const generate: number[] = [];
const regenerate: number[] = [];
let created = 0;
for (let run = 0; run < RUNS; run += 1) {
  warm.push((await timed(() => previewFigureProblems(staff))).ms);
  const first = await timed(() => generateFigureProblems(staff, { deadline }));
  generate.push(first.ms);
  created = first.result.created;
  const again = await timed(() => generateFigureProblems(staff, { deadline }));
  if (again.result.created !== 0) throw new Error("generating again added problems");
  regenerate.push(again.ms);
  await clear();
}
const [schools, counties] = await Promise.all([
  db().school.count({ where: { cityId: staff.cityId } }),
  db().county.count({ where: { cityId: staff.cityId } }),
]);
await db().$disconnect();

const median = (values: number[]) =>
  Math.round(
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ),
  );
const figures = {
  measuredAt: new Date().toISOString(),
  scale: SCALE,
  city: args.city,
  counties,
  schools,
  problems: created,
  byRule: cold.result.byRule,
  runs: RUNS,
  preview_cold_ms: Math.round(cold.ms),
  preview_warm_p50_ms: median(warm),
  generate_p50_ms: median(generate),
  generate_again_p50_ms: median(regenerate),
  machine: { cores: os.cpus().length, loadAverage: os.loadavg().map((value) => Number(value.toFixed(1))) },
};
const outDir = path.join(PROJECT_ROOT, "bench");
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "problems.json"), `${JSON.stringify(figures, null, 2)}\n`);
console.log(JSON.stringify(figures, null, 2));
