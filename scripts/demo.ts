// npm run demo — the whole product on one machine, with no PostgreSQL to install.
// Without DATABASE_URL: starts an embedded PostgreSQL-compatible server (PGlite) owning ./.data/pglite.
// With DATABASE_URL: uses that PostgreSQL and starts nothing embedded.
// Then: migrations, demo data if the database is empty, a production build if the sources changed, and
// `next start` on http://localhost:3000. Ctrl-C stops everything.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, isDatabaseEmpty, seedDemoData } from "@/prisma/seed";
import { DRAFT_REPORT_COUNTY } from "@/prisma/seed/submissions";
import { PROVINCE_LOGINS, SHOWCASE_COUNTIES } from "@/prisma/seed/users";
import { buildIfNeeded } from "./build-if-needed";
import { PROJECT_ROOT } from "./db/migrations";
import { prepareDatabase } from "./db/prepare";
import { isPortFree, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";
import { startWebServer, type WebServer } from "./web-server";

const DATA_DIR = path.resolve(PROJECT_ROOT, process.env.DEMO_DATA_DIR ?? ".data");
const APP_PORT = Number(process.env.PORT ?? 3000);
const EMBEDDED_DB_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 55432);
const DEMO_SCALE = Number(process.env.DEMO_SCALE ?? 1);

let embedded: EmbeddedDatabase | undefined;
let server: WebServer | undefined;
let stopping = false;

function log(message: string) {
  console.log(`[demo] ${message}`);
}

function fail(message: string): never {
  console.error(`\n[demo] ${message}\n`);
  void shutdown(1);
  throw new Error(message);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (server) {
    log("stopping the web server …");
    await server.stop();
  }
  if (embedded) {
    log("stopping the embedded database …");
    await embedded.stop();
  }
  process.exit(code);
}

async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(
      `Cannot reach the database at DATABASE_URL (${redact(url)}): ${reason}\nIs the server running and the URL right?`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** A stable secret for the demo's sessions, kept in the data folder so that restarts keep users signed in. */
function demoAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

const DRAFT_REPORT_LOGIN = `${DRAFT_REPORT_COUNTY.city}.${DRAFT_REPORT_COUNTY.county}`;

async function demoLogins(url: string): Promise<{ login: string; role: string; name: string }[]> {
  const showcase = Object.entries(SHOWCASE_COUNTIES).flatMap(([city, county]) =>
    ["admin", "staff", "leader", "principal", county, `${county}.leader`].map(
      (suffix) => `${city}.${suffix}`,
    ),
  );
  showcase.push(DRAFT_REPORT_LOGIN, ...PROVINCE_LOGINS);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ login_name: string; role: string; display_name: string }>(
      "SELECT login_name, role, display_name FROM users WHERE login_name = ANY($1) ORDER BY city_id NULLS FIRST, role, login_name",
      [showcase],
    );
    return result.rows.map((row) => ({
      login: row.login_name,
      role: row.role,
      name:
        row.login_name === DRAFT_REPORT_LOGIN
          ? `${row.display_name} (this quarter's report is still a draft)`
          : row.display_name,
    }));
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  const started = performance.now();

  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    log(
      `using the PostgreSQL server at ${redact(databaseUrl)} (DATABASE_URL is set; nothing embedded starts)`,
    );
    await checkConnection(databaseUrl);
  } else {
    log(
      `starting the embedded database on 127.0.0.1:${EMBEDDED_DB_PORT} (data in ${path.relative(PROJECT_ROOT, DATA_DIR)}/pglite) …`,
    );
    try {
      embedded = await startEmbeddedDatabase({
        dataDir: path.join(DATA_DIR, "pglite"),
        port: EMBEDDED_DB_PORT,
      });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    databaseUrl = embedded.url;
  }

  if (!(await isPortFree(APP_PORT))) {
    fail(
      `Port ${APP_PORT} is already in use. Stop the program using it, or choose another with PORT=3001 npm run demo.`,
    );
  }

  const { applied } = await prepareDatabase(databaseUrl);
  log(applied.length ? `applied ${applied.length} migration(s)` : "database schema is up to date");

  if (await isDatabaseEmpty(databaseUrl)) {
    log(`loading demo data (scale ${DEMO_SCALE}) …`);
    const { data, generateMs, loadMs, historyMs } = await seedDemoData(databaseUrl, { scale: DEMO_SCALE });
    log(
      `demo data loaded: ${data.counties.length} counties, ${data.schools.length} schools, ${data.teachers.length} teachers ` +
        `in ${((generateMs + loadMs + historyMs) / 1000).toFixed(1)} s`,
    );
  } else {
    log("the database already holds data: reusing it");
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: demoAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${APP_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  await buildIfNeeded(env, log);

  log(`starting the web server on port ${APP_PORT} …`);
  try {
    server = await startWebServer(APP_PORT, env, (code) => {
      console.error(`[demo] the web server exited (code ${code})`);
      void shutdown(code ?? 1);
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const url = server.url;

  const logins = await demoLogins(databaseUrl);
  const width = Math.max(...logins.map((l) => l.login.length), 10);
  console.log(`
────────────────────────────────────────────────────────────
 乡村教育振兴监测平台 / Rural Education Revitalization Monitor
 ${url}    (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)

 Demo logins (password for all: ${DEMO_PASSWORD})
${logins.map((l) => `   ${l.login.padEnd(width)}  ${l.role.padEnd(16)} ${l.name}`).join("\n")}
   Every county has an officer login <city>.<county>, e.g. jinan.lixia.

 Ctrl-C stops the server${embedded ? " and the embedded database" : ""}.
────────────────────────────────────────────────────────────
`);
}

main().catch((error: unknown) => {
  if (!stopping) {
    console.error("[demo]", error instanceof Error ? error.message : error);
    void shutdown(1);
  }
});
