// Playwright's web server: a fresh database with the demo data, a production build (if stale) and
// `next start` on E2E_PORT (default 3100). The database URL is written to E2E_STATE_FILE so that tests can read
// the figures they compare against. A test OpenID Connect provider runs on E2E_OIDC_PORT for single sign-on.
// SIGTERM stops the server and drops the database.
// `--empty`: a migrated database with nothing else (no city, no user), as a new installation has it, with its state
// in E2E_EMPTY_STATE_FILE (playwright.empty.config.ts).
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { startWebServer, type WebServer } from "@/scripts/web-server";
import pg from "pg";
import { startSmtpSink } from "../support/message-sinks";
import { startTestOidcProvider, type TestOidcProvider } from "../support/oidc-provider";
import { createFreshDatabase } from "./fresh-database";
import {
  E2E_EMPTY_STATE_FILE,
  E2E_MAIL_ADDRESS,
  E2E_MAIL_COUNTY,
  E2E_MAILBOX_FILE,
  E2E_OIDC_DISPLAY_NAME,
  E2E_OIDC_PORT,
  E2E_PORT,
  E2E_SMTP_PORT,
  E2E_STATE_FILE,
} from "../e2e/support/config";

const isEmpty = process.argv.includes("--empty");
const stateFile = isEmpty ? E2E_EMPTY_STATE_FILE : E2E_STATE_FILE;
const log = (line: string) => console.log(`[e2e-server${isEmpty ? " --empty" : ""}] ${line}`);
const database = await createFreshDatabase({
  prefix: isEmpty ? "rerm_e2e_empty" : "rerm_e2e",
  empty: isEmpty,
  log,
});
let server: WebServer | undefined;
let identityProvider: TestOidcProvider | undefined;
let smtpSink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await server?.stop();
  await identityProvider?.stop();
  await smtpSink?.stop();
  await database.drop();
  rmSync(stateFile, { force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ databaseUrl: database.url }));
  // The local SMTP sink the app mails through: each mail lands as a line of E2E_MAILBOX_FILE for the tests to read
  // (the run from an empty installation keeps its own, so that the two runs never share a mailbox).
  const mailbox = isEmpty ? E2E_MAILBOX_FILE.replace(/\.jsonl$/, "-empty.jsonl") : E2E_MAILBOX_FILE;
  rmSync(mailbox, { force: true });
  smtpSink = await startSmtpSink({
    port: E2E_SMTP_PORT,
    onMail: (mail) => appendFileSync(mailbox, `${JSON.stringify(mail)}\n`),
  });
  if (!isEmpty) {
    // One county officer with an e-mail address, so that their notices also leave by e-mail.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `UPDATE users SET email = $1 WHERE role = 'COUNTY_OFFICER'
         AND county_id = (SELECT id FROM counties WHERE name = $2 ORDER BY id LIMIT 1)`,
      [E2E_MAIL_ADDRESS, E2E_MAIL_COUNTY],
    );
    await client.end();
  }
  identityProvider = await startTestOidcProvider({
    port: E2E_OIDC_PORT,
    redirectUris: [`http://localhost:${E2E_PORT}/api/auth/callback/oidc`],
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    DB_POOL_MAX: "6",
    FILE_STORE_DIR: path.resolve(".data", "e2e", "files"),
    NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    NEXTAUTH_URL: `http://localhost:${E2E_PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    // The job engine delivers the e-mails (retrying quickly), but sends no deadline reminders on its schedule: the
    // inbox's counts in the tests must not depend on the day the suite runs.
    JOBS: "pg-boss",
    REMINDER_CRON: "off",
    DELIVERY_RETRY_LIMIT: "2",
    DELIVERY_RETRY_DELAY_SECONDS: "1",
    SMTP_URL: smtpSink.url,
    SMTP_FROM: "乡村教育振兴监测平台 <noreply@e2e.test>",
    OIDC_ISSUER: identityProvider.issuer,
    OIDC_CLIENT_ID: identityProvider.clientId,
    OIDC_CLIENT_SECRET: identityProvider.clientSecret,
    OIDC_DISPLAY_NAME: E2E_OIDC_DISPLAY_NAME,
    OIDC_LINK_CLAIM: "sub",
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
