// npm run bench [-- --scale 10 --requests 200 --compression off|on --mix-requests 1000 --mix-city 济南市 --only mix
//                  --mix-users 20,50 --profile DIR]
// Not a test: measures. Uses (or creates once) a database about ten times the demo (BENCH_DATABASE_URL, default
// rerm_bench on the local server), starts the production server on it, signs in as a city, a county and a school
// user and measures each dashboard's server response time with 1 and 20 concurrent users (repeat loads), with 20
// users whose every request is a new URL (a first visit), and with 20 clients whose requests come in turn from three
// different users of one scope, next to the floor of the same aggregate as one raw SQL statement; then the city briefing PDF (cold and warm) and a 10,000-row roster
// import against COPY; and the realistic mix (scripts/bench/realistic-mix.ts) at 20 and 50 users beside the floors at
// the same concurrency. Prints a table and writes the run into bench/results.json under its scale.
// --compression off (the default) measures the server as deployed behind a reverse proxy that compresses
// (HTTP_COMPRESSION=off); on measures it compressing its own responses.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/seed";
import { buildIfNeeded } from "../build-if-needed";
import { PROJECT_ROOT } from "../db/migrations";
import { startWebServer } from "../web-server";
import { benchDatabaseUrl, ensureBenchDatabase } from "./bench-database";
import { benchBriefing } from "./briefing";
import { measure, signIn, type LatencySummary } from "./load";
import { HTML, pageBytes, pageOfEachType, prepareMixAccounts, runRealisticMix } from "./realistic-mix";
import { sqlFloorAt } from "./sql-floor";
import { benchRosterImport } from "./roster-import";

const { values: args } = parseArgs({
  options: {
    scale: { type: "string", default: "10" },
    requests: { type: "string", default: "1000" },
    port: { type: "string", default: "3300" },
    compression: { type: "string", default: "off" },
    "mix-requests": { type: "string", default: "1000" },
    "mix-city": { type: "string", default: "济南市" },
    /** "mix": only the realistic mix and its floors (the repeat-load rows, briefing and import are skipped). */
    only: { type: "string", default: "all" },
    /** The realistic mix's concurrencies (comma-separated). */
    "mix-users": { type: "string", default: "20,50" },
    /** Writes the server's CPU profile (node --cpu-prof) into this folder when it stops (scripts/bench/profile.ts reads it). */
    profile: { type: "string" },
  },
});
const COMPRESSION = args.compression === "on" ? "on" : "off";
const SCALE = Number(args.scale);
const REQUESTS = Number(args.requests);
const MIX_REQUESTS = Number(args["mix-requests"]);
const MIX_CONCURRENCY = args["mix-users"].split(",").map((users) => Number(users) as 20 | 50);
const BENCH_URL = benchDatabaseUrl(SCALE);

/** Targets of issue 5 (p95 at 20 concurrent users, ms). */
const TARGETS = { city: 300, county: 150, school: 80 } as const;
const log = (message: string) => console.log(`[bench] ${message}`);

async function dataSetSize(client: pg.Client) {
  const { rows } = await client.query<Record<string, number>>(`
    SELECT (SELECT count(*) FROM cities)::int AS cities, (SELECT count(*) FROM counties)::int AS counties,
           (SELECT count(*) FROM schools)::int AS schools, (SELECT count(*) FROM teachers)::int AS teachers,
           (SELECT count(DISTINCT (year, quarter)) FROM indicator_snapshots)::int AS quarters`);
  return rows[0]!;
}

/** The one statement every dashboard is built on (school profiles), timed on its own: the floor. */
async function sqlFloor(client: pg.Client, where: string, params: unknown[]): Promise<number> {
  const statement = `
    SELECT s.id, count(t.id) FILTER (WHERE t.is_full_time) AS teachers,
           count(t.id) FILTER (WHERE t.highest_degree IN ('POSTGRADUATE', 'BACHELOR')) AS bachelor,
           max(f.school_year) AS year, sum(f.building_area) AS area
    FROM schools s
    LEFT JOIN teachers t ON t.school_id = s.id AND t.status = 'ACTIVE'
    LEFT JOIN facility_records f ON f.school_id = s.id
    WHERE s.is_active AND ${where}
    GROUP BY s.id`;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await client.query(statement, params);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3]!;
}

/** Targets of issue 17 for the realistic mix (p95, ms): at 20 users also ≤ 3× the sign-in page's p95. */
const MIX_TARGETS = { 20: 300, 50: 800 } as const;
const SIGN_IN_FACTOR = 3;

/** The realistic mix at 20 and 50 users, each beside the floors at the same concurrency, and what each page weighs. */
async function measureRealisticMix(serverUrl: string, serverPid: number, client: pg.Client) {
  const pools = await prepareMixAccounts(client, args["mix-city"]);
  const county = pools.users.county[0]!;
  const principal = pools.users.principal[0]!;
  const floorScopes = {
    city: { countyIds: pools.countyIds },
    county: { countyIds: [county.countyId] },
    school: { countyIds: [principal.countyId], schoolIds: [principal.schoolId] },
  };
  log(
    `realistic mix in ${pools.cityName}: ${Object.entries(pools.users)
      .map(([role, users]) => `${users.length} ${role}`)
      .join(", ")} accounts`,
  );
  const runs = [];
  for (const concurrency of MIX_CONCURRENCY) {
    log(`realistic mix: ${concurrency} users, ${MIX_REQUESTS} requests …`);
    const mix = await runRealisticMix(serverUrl, serverPid, pools, {
      concurrency,
      requests: MIX_REQUESTS,
      seed: 2026 + concurrency,
      password: DEMO_PASSWORD,
    });
    const signInPage = await measure(`${serverUrl}/login`, HTML, {
      concurrency,
      requests: 10 * concurrency,
      warmup: concurrency,
    });
    const sqlFloors: Record<string, number> = {};
    for (const [name, scope] of Object.entries(floorScopes))
      sqlFloors[name] = await sqlFloorAt(BENCH_URL, scope, concurrency);
    runs.push({ ...mix, floors: { signInPage, sql: sqlFloors } });

    const target = Math.min(
      MIX_TARGETS[concurrency],
      concurrency === 20 ? SIGN_IN_FACTOR * signInPage.p95 : Infinity,
    );
    const fixed = (ms: number) => ms.toFixed(0).padStart(7);
    console.log(
      `\n realistic mix, ${concurrency} users: ${mix.requests} requests, ${mix.throughput.toFixed(1)} req/s, ` +
        `${mix.errors} errors; server ${mix.server.cpuMsPerRequest.toFixed(1)} CPU ms/request, peak RSS ` +
        `${mix.server.peakRssMb.toFixed(0)} MB; sign-in page p95 ${signInPage.p95.toFixed(0)} ms; SQL floor p95 ` +
        Object.entries(sqlFloors)
          .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
          .join(", "),
    );
    console.log(" page type              requests      p50      p95      p99  errors  target p95");
    for (const [type, summary] of Object.entries(mix.pages))
      console.log(
        ` ${type.padEnd(22)} ${String(summary.requests).padStart(8)} ${fixed(summary.p50)}  ${fixed(summary.p95)}  ${fixed(summary.p99)} ${String(summary.errors).padStart(7)}  ${target.toFixed(0)} ${summary.p95 <= target ? "met" : "MISSED"}`,
      );
  }
  const cookies = new Map<string, string>();
  const bytes: Record<string, Awaited<ReturnType<typeof pageBytes>>> = {};
  for (const page of pageOfEachType(pools)) {
    if (!cookies.has(page.login)) cookies.set(page.login, await signIn(serverUrl, page.login, DEMO_PASSWORD));
    bytes[page.type] = await pageBytes(serverUrl, cookies.get(page.login)!, page.path);
  }
  bytes["sign-in page"] = await pageBytes(serverUrl, "", "/login");
  console.log("\n page type              HTML KB (gzip)    RSC KB (gzip)");
  const kb = (value: number) => (value / 1024).toFixed(0);
  for (const [type, weight] of Object.entries(bytes))
    console.log(
      ` ${type.padEnd(22)} ${`${kb(weight.html)} (${kb(weight.htmlGzip)})`.padStart(14)} ${`${kb(weight.rsc)} (${kb(weight.rscGzip)})`.padStart(16)}`,
    );
  return {
    city: pools.cityName,
    accounts: Object.fromEntries(Object.entries(pools.users).map(([role, users]) => [role, users.length])),
    runs,
    bytes,
  };
}

/** Writes the run into bench/results.json under its scale, keeping the runs of other scales. */
function writeResults(run: Record<string, unknown>) {
  const outDir = path.join(PROJECT_ROOT, "bench");
  const file = path.join(outDir, "results.json");
  mkdirSync(outDir, { recursive: true });
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { runs?: object }) : {};
  const runs = { ...(previous.runs ?? {}), [String(SCALE)]: run };
  writeFileSync(file, JSON.stringify({ runs }, null, 2) + "\n");
  log(`results written to bench/results.json (scale ${SCALE})`);
}

/** The repeat-load rows: each dashboard at 1 and 20 users, new URLs, and three viewers of one scope. */
async function measureDashboards(
  serverUrl: string,
  client: pg.Client,
  place: { city_id: number; county_id: number; school_id: number },
) {
  const targets = [
    {
      name: "city",
      login: "jinan.staff",
      viewers: ["jinan.staff", "jinan.leader", "jinan.admin"],
      path: "/city",
      floor: ["s.city_id = $1", [place.city_id]],
    },
    {
      name: "county",
      login: "jinan.shanghe",
      viewers: ["jinan.shanghe", "jinan.shanghe.leader", "jinan.staff"],
      path: `/counties/${place.county_id}`,
      floor: ["s.county_id = $1", [place.county_id]],
    },
    {
      name: "school",
      login: "jinan.principal",
      viewers: ["jinan.principal", "jinan.shanghe", "jinan.staff"],
      path: `/schools/${place.school_id}`,
      floor: ["s.id = $1", [place.school_id]],
    },
  ] as const;
  const results: Record<
    string,
    {
      floorMs: number;
      single: LatencySummary;
      concurrent: LatencySummary;
      rendering: LatencySummary;
      viewers: LatencySummary;
      targetP95: number;
    }
  > = {};
  for (const target of targets) {
    const cookie = await signIn(serverUrl, target.login, DEMO_PASSWORD);
    // A browser's document load, as a user's visit is (the router's own fetches accept anything).
    const headers = { cookie, accept: "text/html,application/xhtml+xml" };
    const floorMs = await sqlFloor(client, target.floor[0], [...target.floor[1]]);
    log(`${target.name}: measuring ${target.path} …`);
    const url = `${serverUrl}${target.path}`;
    const single = await measure(url, headers, {
      concurrency: 1,
      requests: Math.ceil(REQUESTS / 4),
      warmup: 20,
    });
    const concurrent = await measure(url, headers, { concurrency: 20, requests: REQUESTS, warmup: 200 });
    // A parameter the pages ignore: each request is a new URL, as a first visit is.
    const rendering = await measure((request) => `${url}?bench=${request}`, headers, {
      concurrency: 20,
      requests: Math.ceil(REQUESTS / 2),
      warmup: 20,
    });
    const viewerHeaders = await Promise.all(
      target.viewers.map(async (login) => ({
        ...headers,
        cookie: await signIn(serverUrl, login, DEMO_PASSWORD),
      })),
    );
    const viewers = await measure(
      (request) => `${url}?viewer=${request}`,
      (request) => viewerHeaders[request % viewerHeaders.length]!,
      { concurrency: 20, requests: Math.ceil(REQUESTS / 2), warmup: 20 },
    );
    results[target.name] = {
      floorMs,
      single,
      concurrent,
      rendering,
      viewers,
      targetP95: TARGETS[target.name],
    };
  }

  const fixed = (ms: number) => ms.toFixed(1).padStart(8);
  console.log(`\n compression by the server: ${COMPRESSION}`);
  console.log(" dashboard  users        p50      p95      p99   req/s   SQL floor  p95/floor  target p95");
  for (const [name, result] of Object.entries(results))
    for (const [label, summary] of [
      [" ", result.single],
      [" ", result.concurrent],
      ["R", result.rendering],
      ["V", result.viewers],
    ] as const)
      console.log(
        ` ${name.padEnd(9)} ${String(summary.concurrency).padStart(6)} ${label} ${fixed(summary.p50)} ${fixed(summary.p95)} ${fixed(summary.p99)} ${summary.throughput.toFixed(1).padStart(7)} ${fixed(result.floorMs)}   ${(summary.p95 / result.floorMs).toFixed(1).padStart(8)}   ${summary === result.concurrent ? `${result.targetP95} ${summary.p95 <= result.targetP95 ? "met" : "MISSED"}` : ""}${summary.errors ? `  ${summary.errors} errors` : ""}`,
      );
  console.log(" R: every request a new URL, so every request renders (a first visit)");
  console.log(
    " V: every request a new URL from the next of three users of one scope (first visits of one scope)",
  );
  return results;
}

async function main() {
  await ensureBenchDatabase(BENCH_URL, SCALE, log);
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const size = await dataSetSize(client);
  log(`data set: ${JSON.stringify(size)}`);
  const { rows: places } = await client.query<{ city_id: number; county_id: number; school_id: number }>(`
    SELECT u.city_id, u.county_id, u.school_id FROM users u WHERE u.login_name = 'jinan.principal'`);
  const place = places[0]!;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: BENCH_URL,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${args.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    DB_POOL_MAX: "20",
    HTTP_COMPRESSION: COMPRESSION,
  };
  await buildIfNeeded(env, log);
  const profileArgs = args.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args.profile)}`] : [];
  const server = await startWebServer(
    Number(args.port),
    env,
    (code) => {
      console.error(`[bench] the web server exited (code ${code})`);
      process.exit(1);
    },
    profileArgs,
  );
  try {
    // `viewers`: different users who open the same page of one scope (sections they share render once).
    const dashboards = args.only === "mix" ? undefined : await measureDashboards(server.url, client, place);
    const realisticMix = await measureRealisticMix(server.url, server.process.pid!, client);
    await server.stop();
    let briefing, rosterImport;
    if (args.only !== "mix") {
      log("briefing PDF of the city (issue 8: ≤ 3 s cold, ≤ 1 s warm) …");
      briefing = await benchBriefing(BENCH_URL);
      log(`briefing: ${JSON.stringify(briefing)}`);
      log("roster import of 10,000 rows against COPY (issue 7: ≥ 5,000 rows/s, within 3× of COPY) …");
      rosterImport = await benchRosterImport(BENCH_URL);
      log(`roster import: ${JSON.stringify(rosterImport)}`);
    }
    writeResults({
      measuredAt: new Date().toISOString(),
      cores: os.cpus().length,
      compression: COMPRESSION,
      dataSet: size,
      dashboards,
      realisticMix,
      briefing,
      rosterImport,
    });
  } finally {
    await server.stop();
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error("[bench]", error instanceof Error ? error.message : error);
  process.exit(1);
});
