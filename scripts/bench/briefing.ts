// npm run bench:briefing: time to generate the city briefing of the first city in DATABASE_URL (the bench data set
// is `npm run db:seed -- --scale 10`). Cold = the first briefing in a fresh process (code loaded, the PDF worker
// started, fonts parsed, data read); warm = the same request again in the warm process with its caches emptied, so
// that the data is read, composed and rendered (in the PDF worker) each time; served = the same request with the
// cache kept. Beside each warm render, the longest the process's event loop was held up: what other requests on the
// instance would have waited (decision 0050). Targets (issues 8, 17): ≤ 3 s cold, ≤ 1 s warm p95.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import path from "node:path";
import { promisify } from "node:util";
import { requireDatabaseUrl } from "../db/database-url";
import { percentile } from "./load";

const WARM_RENDERS = 10;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Runs the measurement in a child process: react-pdf needs React's client build, which a caller running under
 * the react-server condition (like the seed and the other benches) cannot load, and "cold" needs a fresh process.
 */
export async function benchBriefing(databaseUrl: string): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "--import",
      path.join(ROOT, "scripts/support/allow-server-only.mjs"),
      "--import",
      "tsx",
      path.join(ROOT, "scripts/bench/briefing.ts"),
      "--json",
    ],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, number>;
}

async function measure(): Promise<Record<string, number>> {
  const { db } = await import("@/lib/db");
  const { sessionUserWhere } = await import("@/tests/support/session-user");
  const { generateBriefing } = await import("@/lib/briefings/generate-briefing");
  const { quarterOf } = await import("@/lib/utils/periods");
  const user = await sessionUserWhere(
    { role: "LEADER", countyId: null, isActive: true },
    { sessionId: "bench", ip: "127.0.0.1" },
  );
  const quarter = quarterOf(new Date());
  const { closePdfPool } = await import("@/lib/pdf/pdf-pool");
  const { forgetLocalValues } = await import("@/lib/cache/shared-cache");
  const render = async () => {
    const started = performance.now();
    const briefing = await generateBriefing(user, { countyId: null, quarter, locale: "zh" });
    if (!briefing) throw new Error("the leader's city briefing was not found");
    return { ms: performance.now() - started, pdf: briefing.pdf };
  };
  const cold = await render();
  const served: number[] = [];
  for (let i = 0; i < WARM_RENDERS; i += 1) served.push((await render()).ms);
  const warm: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < WARM_RENDERS; i += 1) {
    forgetLocalValues();
    const stall = monitorEventLoopDelay({ resolution: 10 });
    stall.enable();
    // The sampling timer must have fired once, or a block that starts at once goes unseen.
    await new Promise((resolve) => setTimeout(resolve, 30));
    warm.push((await render()).ms);
    await new Promise((resolve) => setTimeout(resolve, 30));
    stall.disable();
    stalls.push(stall.max / 1e6);
  }
  for (const list of [served, warm, stalls]) list.sort((a, b) => a - b);
  await closePdfPool();
  await db().$disconnect();
  return {
    briefing_cold_ms: Math.round(cold.ms),
    briefing_served_p95_ms: Math.round(percentile(served, 95)),
    briefing_warm_p50_ms: Math.round(percentile(warm, 50)),
    briefing_warm_p95_ms: Math.round(percentile(warm, 95)),
    briefing_warm_max_stall_ms: Math.round(stalls.at(-1)!),
    briefing_pages: (cold.pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    briefing_bytes: cold.pdf.length,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(await measure()));
  } else {
    const results = await benchBriefing(requireDatabaseUrl());
    for (const [name, value] of Object.entries(results)) console.log(`${name}\t${value}`);
  }
}
