// Playwright's web server: a fresh database with the demo data, a production build (if stale) and
// `next start` on E2E_PORT (default 3100). The database URL is written to E2E_STATE_FILE so that tests can read
// the figures they compare against. SIGTERM stops the server and drops the database.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { startWebServer, type WebServer } from "@/scripts/web-server";
import { createFreshDatabase } from "./fresh-database";
import { E2E_PORT, E2E_STATE_FILE } from "../e2e/support/config";

const log = (line: string) => console.log(`[e2e-server] ${line}`);
const database = await createFreshDatabase({ prefix: "rerm_e2e", log });
let server: WebServer | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await server?.stop();
  await database.drop();
  rmSync(E2E_STATE_FILE, { force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  mkdirSync(path.dirname(E2E_STATE_FILE), { recursive: true });
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl: database.url }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    DB_POOL_MAX: "6",
    FILE_STORE_DIR: path.resolve(".data", "e2e", "files"),
    NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  await buildIfNeeded(env, log);
  server = await startWebServer(E2E_PORT, env, (code) => {
    log(`the web server exited unexpectedly (code ${code})`);
    void stop(1);
  });
  log(`ready on ${server.url}`);
} catch (error) {
  console.error(error);
  await stop(1);
}
