import pg from "pg";
import { applyPendingMigrations } from "./migrations";
import { syncBuiltInCatalogue } from "./sync-catalogue";

/**
 * One key for every migrating process of this app (pg_advisory_lock): instances started together, or a migrate
 * step started twice, apply the migrations one after another; the second finds nothing pending.
 */
export const MIGRATION_LOCK_KEY = 7_316_001;

/**
 * Brings a database up to date under the migration lock: pending migrations, the app role's UTC setting, then the
 * built-in indicator catalogue.
 */
export async function prepareDatabase(
  databaseUrl: string,
): Promise<{ applied: string[]; indicatorsWritten: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const applied = await applyPendingMigrations(databaseUrl);
    await runConnectionsInUtc(client);
    const { indicatorsWritten } = await syncBuiltInCatalogue(client);
    return { applied, indicatorsWritten };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/**
 * Timestamps are `timestamp` columns holding UTC wall time, as Prisma writes and reads them; a session in local time
 * (a server installed in China has TimeZone = 'Asia/Shanghai') would store raw now(), column defaults and
 * timestamptz casts 8 hours off. The setting belongs to the app's role in this database, not to each connection:
 * connection startup options are dropped by a pooler in transaction mode (PgBouncer), a role's setting is not, and it
 * outranks the server's and the database's own TimeZone.
 */
export async function runConnectionsInUtc(client: pg.ClientBase): Promise<void> {
  try {
    await client.query(
      `DO $$ BEGIN EXECUTE format('ALTER ROLE CURRENT_USER IN DATABASE %I SET TimeZone = ''UTC''', current_database()); END $$`,
    );
  } catch (error) {
    // The embedded database (PGlite) always runs in UTC and has no roles to configure.
    const { rows } = await client.query<{ tz: string }>("SELECT current_setting('TimeZone') AS tz");
    if (rows[0]?.tz !== "UTC") throw error;
  }
}
