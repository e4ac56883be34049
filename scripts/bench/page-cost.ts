// npm run bench:page -- [--artifact .next/standalone] [--port 3320] [--requests 80] [--rounds 1]
//                        [--pages sign-in,school,county,city] [--statements]
// What one page costs the server on its own (decision 0045's method): the production server on the bench database,
// one signed-in user per page, 10 requests of warm-up, then `--requests` loads of the same URL by 2 clients; the
// server's CPU time from /proc per request, the HTML's bytes (raw and gzip), and with --statements the statements the
// page sends to PostgreSQL (log_statement for the bench database only, counted in the server's log over 10 loads,
// then reset). `--artifact` runs another build's server (e.g. a checkout of main), to compare two builds back to back.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { DEMO_PASSWORD } from "@/prisma/seed";
import { ARTIFACT_DIR } from "../build";
import { startWebServer } from "../web-server";
import { benchDatabaseUrl, ensureBenchDatabase } from "./bench-database";
import { signIn } from "./load";
import { serverUsage } from "./server-usage";

const { values: args } = parseArgs({
  options: {
    artifact: { type: "string", default: ARTIFACT_DIR },
    port: { type: "string", default: "3320" },
    requests: { type: "string", default: "80" },
    rounds: { type: "string", default: "1" },
    scale: { type: "string", default: "10" },
    pages: { type: "string", default: "sign-in,school,county,city" },
    statements: { type: "boolean", default: false },
    "postgres-log": { type: "string", default: "/var/log/postgresql/postgresql-15-main.log" },
    /** Writes the counted statements into <prefix>-<database>.log (the last page's). */
    "dump-statements": { type: "string" },
  },
});
const URL_ = benchDatabaseUrl(Number(args.scale));
const DATABASE = new URL(URL_).pathname.slice(1);
const log = (line: string) => console.error(`[page-cost] ${line}`);

interface Page {
  name: string;
  login: string | null;
  path: string;
}

async function pagesOf(client: pg.Client): Promise<Page[]> {
  const { rows } = await client.query<{ county_id: number; school_id: number }>(
    "SELECT county_id, school_id FROM users WHERE login_name = 'jinan.principal'",
  );
  const { rows: officers } = await client.query<{ login_name: string }>(
    "SELECT login_name FROM users WHERE role = 'COUNTY_OFFICER' AND county_id = $1 ORDER BY id LIMIT 1",
    [rows[0]!.county_id],
  );
  const all: Page[] = [
    { name: "sign-in", login: null, path: "/login" },
    { name: "school", login: "jinan.principal", path: `/schools/${rows[0]!.school_id}` },
    { name: "county", login: officers[0]!.login_name, path: `/counties/${rows[0]!.county_id}` },
    { name: "city", login: "jinan.staff", path: "/city" },
  ];
  const wanted = args.pages.split(",");
  return all.filter((page) => wanted.includes(page.name));
}

async function load(url: string, cookie: string | null): Promise<string> {
  const response = await fetch(url, {
    headers: { accept: "text/html", ...(cookie ? { cookie } : {}) },
    redirect: "manual",
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return body;
}

async function statementsPerLoad(url: string, cookie: string | null, admin: pg.Client): Promise<number> {
  const file = args["postgres-log"];
  await admin.query(`ALTER DATABASE "${DATABASE}" SET log_statement = 'all'`);
  // The setting reaches new connections only: the pool's connections are closed so that the server opens new ones.
  await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [DATABASE],
  );
  for (let i = 0; i < 3; i++) await load(url, cookie).catch(() => load(url, cookie));
  const start = statSync(file).size;
  const loads = 10;
  for (let i = 0; i < loads; i++) await load(url, cookie);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const text = readFileSync(file).subarray(start).toString("utf8");
  await admin.query(`ALTER DATABASE "${DATABASE}" RESET log_statement`);
  await admin.query(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [DATABASE],
  );
  // One entry per log record (a statement's text may run over several lines); the job engine's polling of its own
  // queue (its tables are in the pgboss schema) is not the page's.
  const records = text
    .split(/\n(?=\d{4}-\d\d-\d\d \d)/)
    .filter((record) => record.includes(`@${DATABASE} LOG:`));
  const statements = records.filter(
    (record) => /LOG:\s+(statement|execute [^:]*):/.test(record) && !/pgboss\.|WITH next as/.test(record),
  );
  if (args["dump-statements"])
    writeFileSync(`${args["dump-statements"]}-${DATABASE}.log`, statements.join("\n"));
  return statements.length / loads;
}

async function main() {
  await ensureBenchDatabase(URL_, Number(args.scale), log);
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  const pages = await pagesOf(admin);
  const port = Number(args.port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: URL_,
    NEXTAUTH_SECRET: "bench-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    HTTP_COMPRESSION: "off",
  };
  const artifact = path.resolve(args.artifact);
  const server = await startWebServer(
    port,
    env,
    (code) => {
      log(`the web server exited (code ${code})`);
      process.exit(1);
    },
    [],
    artifact,
  );
  try {
    const results = [];
    for (const page of pages) {
      const cookie = page.login ? await signIn(server.url, page.login, DEMO_PASSWORD) : null;
      const url = `${server.url}${page.path}`;
      for (let i = 0; i < 10; i++) await load(url, cookie);
      const html = await load(url, cookie);
      const cpu: number[] = [];
      for (let round = 0; round < Number(args.rounds); round++) {
        const requests = Number(args.requests);
        const usage = serverUsage(server.process.pid!);
        let next = 0;
        await Promise.all(
          [0, 1].map(async () => {
            while (next++ < requests) await load(url, cookie);
          }),
        );
        cpu.push(Number(usage.stop(requests).cpuMsPerRequest.toFixed(1)));
      }
      const statements = args.statements ? await statementsPerLoad(url, cookie, admin) : undefined;
      const result = {
        page: page.name,
        cpuMsPerRequest: cpu,
        htmlKb: Number((Buffer.byteLength(html) / 1024).toFixed(1)),
        htmlGzipKb: Number((gzipSync(html).length / 1024).toFixed(1)),
        statementsPerRequest: statements,
      };
      results.push(result);
      log(JSON.stringify(result));
    }
    console.log(JSON.stringify({ artifact, results }));
  } finally {
    await server.stop();
    await admin.end();
  }
}

await main();
