// A fresh PostgreSQL database for one test run, migrated and loaded with the demo data, dropped afterwards.
// Refuses any server that is not on this machine. Where no PostgreSQL server answers, a throw-away embedded
// one (PGlite) is started instead, so that the tests need nothing but Node on a fresh machine.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { withDatabase } from "@/scripts/db/database-name";
import { prepareDatabase, runConnectionsInUtc } from "@/scripts/db/prepare";
import { isPortFree, startEmbeddedDatabase, type EmbeddedDatabase } from "@/scripts/embedded-db";
import { seedDemoData } from "@/prisma/seed";

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export interface FreshDatabase {
  url: string;
  isEmbedded: boolean;
  drop(): Promise<void>;
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/**
 * A copy of a prepared database (CREATE DATABASE … TEMPLATE), so that each test file gets its own data to change.
 * The template must have no open connections.
 */
export async function copyDatabase(
  templateUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const adminUrl = withDatabase(templateUrl, "postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Idle connections left by the preparation (the migration engine's pool) would block the copy.
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [databaseName(templateUrl)],
    );
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${databaseName(templateUrl)}"`);
  } finally {
    await admin.end();
  }
  // Role settings per database are not copied with the template: the copy's connections must run in UTC too.
  const copy = new pg.Client({ connectionString: withDatabase(templateUrl, name) });
  await copy.connect();
  await runConnectionsInUtc(copy).finally(() => copy.end());
  return {
    url: withDatabase(templateUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

function assertLocalDatabaseUrl(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Tests only run against a database on this machine; refusing host "${host}".`);
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await isPortFree(port)) return port;
  throw new Error(`No free port found from ${from}.`);
}

/**
 * Creates `<prefix>_<random>` on the server of TEST_DATABASE_ADMIN_URL (default: local PostgreSQL as postgres),
 * applies the migrations and the built-in catalogue, and loads the demo data as of `asOf` — or, `empty`, nothing
 * more: a new installation's database, before its first admin (tests/e2e-empty).
 */
export async function createFreshDatabase(options: {
  prefix: string;
  asOf?: Date;
  empty?: boolean;
  log?: (line: string) => void;
}): Promise<FreshDatabase> {
  const log = options.log ?? console.log;
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
  assertLocalDatabaseUrl(adminUrl);

  let url: string;
  let embedded: EmbeddedDatabase | undefined;
  let dropDatabase = async () => {};
  if (await canConnect(adminUrl)) {
    const name = `${options.prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    url = withDatabase(adminUrl, name);
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
    log(`test database: ${name} on ${new URL(adminUrl).host} (dropped after the run)`);
  } else {
    log(
      `No PostgreSQL server answers at ${new URL(adminUrl).host}: using a fresh embedded database (PGlite) instead.`,
    );
    embedded = await startEmbeddedDatabase({ dataDir: ":memory:", port: await freePort(56432) });
    url = embedded.url;
  }

  try {
    await prepareDatabase(url);
    if (!options.empty) await seedDemoData(url, { scale: 1, asOf: options.asOf });
  } catch (error) {
    await dropDatabase();
    await embedded?.stop();
    throw error;
  }

  return {
    url,
    isEmbedded: embedded !== undefined,
    async drop() {
      await dropDatabase();
      await embedded?.stop();
    },
  };
}
