// npm run bench:lighthouse [-- --scale 10 --port 3310 --reports DIR --artifact DIR]
// Lighthouse (mobile: its default emulated phone and throttling) on the sign-in page and the city, county and school
// dashboards of the bench data set, each as the user who reads it on a phone, in Debian's Chromium. Lighthouse runs
// through npx at a pinned version: the last one that runs on Node 20 (13.x wants Node 22), and too large a download to
// add to every `npm ci` for a report the bench alone needs. Prints a table and writes bench/lighthouse.json; with
// --reports, each page's whole report too (its bootup-time and mainthread-work-breakdown say what the CPU did).
// `--artifact` runs another build's server, as bench:page does, to compare two builds back to back.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/seed";
import { buildIfNeeded } from "../build-if-needed";
import { PROJECT_ROOT } from "../db/migrations";
import { startWebServer } from "../web-server";
import { benchDatabaseUrl, ensureBenchDatabase } from "./bench-database";
import { signIn } from "./load";

const LIGHTHOUSE = "lighthouse@12.8.2";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Targets of issue 17 for every dashboard. */
const TARGETS = { performance: 90, totalBlockingTimeMs: 200, accessibility: 100 } as const;

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "10" },
    port: { type: "string", default: "3310" },
    reports: { type: "string" },
    artifact: { type: "string" },
  },
});
const SCALE = Number(args.scale);
const BENCH_URL = benchDatabaseUrl(SCALE);
const log = (message: string) => console.log(`[lighthouse] ${message}`);

interface LighthouseReport {
  categories: Record<"performance" | "accessibility", { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

async function lighthouse(url: string, cookie: string | null, name: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  if (args.reports) mkdirSync(args.reports, { recursive: true });
  const output = args.reports
    ? path.join(args.reports, `${name.replaceAll(" ", "-")}.json`)
    : path.join(dir, "report.json");
  const flags = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    "--only-categories=performance,accessibility",
    `--chrome-path=${CHROMIUM}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ];
  if (cookie) {
    const headers = path.join(dir, "headers.json");
    writeFileSync(headers, JSON.stringify({ cookie }));
    flags.push(`--extra-headers=${headers}`);
  }
  await promisify(execFile)("npx", flags, { maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(output, "utf8")) as LighthouseReport;
  const ms = (audit: string) => Math.round(report.audits[audit]?.numericValue ?? Number.NaN);
  return {
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility.score ?? 0) * 100),
    totalBlockingTimeMs: ms("total-blocking-time"),
    largestContentfulPaintMs: ms("largest-contentful-paint"),
    firstContentfulPaintMs: ms("first-contentful-paint"),
    speedIndexMs: ms("speed-index"),
  };
}

async function main() {
  await ensureBenchDatabase(BENCH_URL, SCALE, log);
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const { rows } = await client.query<{ county_id: number; school_id: number }>(
    "SELECT county_id, school_id FROM users WHERE login_name = 'jinan.principal'",
  );
  await client.end();
  const place = rows[0]!;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: BENCH_URL,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${args.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    // A phone reaches the server through the compressing proxy of a deployment: the server compresses here.
    HTTP_COMPRESSION: "on",
  };
  if (!args.artifact) await buildIfNeeded(env, log);
  const server = await startWebServer(
    Number(args.port),
    env,
    (code) => {
      console.error(`[lighthouse] the web server exited (code ${code})`);
      process.exit(1);
    },
    [],
    args.artifact ? path.resolve(args.artifact) : undefined,
  );
  try {
    const pages = [
      { name: "sign-in page", path: "/login", login: null },
      { name: "city dashboard", path: "/city", login: "jinan.leader" },
      { name: "county dashboard", path: `/counties/${place.county_id}`, login: "jinan.shanghe.leader" },
      { name: "school dashboard", path: `/schools/${place.school_id}`, login: "jinan.principal" },
    ];
    const results: Record<string, Awaited<ReturnType<typeof lighthouse>>> = {};
    for (const page of pages) {
      const cookie = page.login ? await signIn(server.url, page.login, DEMO_PASSWORD) : null;
      // One unmeasured visit, so that Lighthouse measures the page and not the server's first render of it.
      await fetch(`${server.url}${page.path}`, { headers: cookie ? { cookie } : {} });
      log(`${page.name} (${page.path}) …`);
      results[page.name] = await lighthouse(`${server.url}${page.path}`, cookie, page.name);
    }
    console.log(
      "\n page               performance  accessibility  TBT ms  LCP ms  FCP ms  speed index  targets (≥ 90, ≤ 200 ms, 100)",
    );
    for (const [name, result] of Object.entries(results)) {
      const met =
        result.performance >= TARGETS.performance &&
        result.totalBlockingTimeMs <= TARGETS.totalBlockingTimeMs &&
        result.accessibility >= TARGETS.accessibility;
      console.log(
        ` ${name.padEnd(18)} ${String(result.performance).padStart(11)}  ${String(result.accessibility).padStart(13)}  ${String(result.totalBlockingTimeMs).padStart(6)}  ${String(result.largestContentfulPaintMs).padStart(6)}  ${String(result.firstContentfulPaintMs).padStart(6)}  ${String(result.speedIndexMs).padStart(11)}  ${met ? "met" : "MISSED"}`,
      );
    }
    writeFileSync(
      path.join(PROJECT_ROOT, "bench", "lighthouse.json"),
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          cores: os.cpus().length,
          lighthouse: LIGHTHOUSE,
          scale: SCALE,
          results,
        },
        null,
        2,
      ) + "\n",
    );
    log("results written to bench/lighthouse.json");
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error("[lighthouse]", error instanceof Error ? error.message : error);
  process.exit(1);
});
