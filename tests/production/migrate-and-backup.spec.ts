// The artifact's own operational scripts against real databases: the migrate step (advisory lock) and backup/restore.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { ARTIFACT_DIR } from "@/scripts/build";
import { withDatabase } from "@/scripts/db/database-name";
import { MIGRATION_LOCK_KEY } from "@/scripts/db/prepare";
import { freshDemoDatabase } from "./support/database";
import { readState } from "./support/cluster";
import { recordFigures } from "./support/load";

const run = promisify(execFile);
const artifactScript = (name: string) => path.join(ARTIFACT_DIR, "scripts/db", name);

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function emptyDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = withDatabase(readState().databaseUrl, "postgres");
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(admin, name),
    drop: () =>
      withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {},
      ),
  };
}

const productionEnv = (databaseUrl: string): NodeJS.ProcessEnv =>
  ({ PATH: process.env.PATH ?? "", NODE_ENV: "production", DATABASE_URL: databaseUrl }) as NodeJS.ProcessEnv;

test("two migrate steps started together from the artifact apply each migration once", async () => {
  const database = await emptyDatabase("rerm_migrate");
  try {
    const shipped = readdirSync(path.join(ARTIFACT_DIR, "prisma/migrations"), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory(),
    ).length;
    // While another holder has the lock, the migrate step waits for it.
    const results = await withClient(database.url, async (holder) => {
      await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      const both = Promise.all(
        [1, 2].map(() =>
          run(process.execPath, [artifactScript("migrate.mjs")], { env: productionEnv(database.url) }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const applied = await withClient(database.url, (client) =>
        client.query("SELECT to_regclass('_prisma_migrations') AS t"),
      );
      expect(applied.rows[0]?.t).toBeNull(); // nothing ran while the lock was held
      await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      return both;
    });
    const outputs = results.map((result) => result.stdout).sort();
    expect(outputs.filter((output) => output.includes(`Applied ${shipped} migration(s)`))).toHaveLength(1);
    expect(outputs.filter((output) => output.includes("No pending migrations."))).toHaveLength(1);
    const rows = await withClient(database.url, (client) =>
      client.query<{ count: number; tz: string }>(
        "SELECT (SELECT count(*)::int FROM _prisma_migrations) AS count, current_setting('TimeZone') AS tz",
      ),
    );
    expect(rows.rows[0]).toEqual({ count: shipped, tz: "UTC" });
  } finally {
    await database.drop();
  }
});

async function tableFingerprints(url: string): Promise<Record<string, { rows: number; checksum: string }>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, { rows: number; checksum: string }> = {};
    for (const { name } of tables.rows) {
      // Every row's text form, in a fixed order: equal checksums mean equal contents.
      const { rows } = await client.query<{ rows: number; checksum: string }>(
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS checksum
         FROM "${name}" t`,
      );
      result[name] = rows[0]!;
    }
    return result;
  });
}

test("a backup of a database with the demo data restores to an identical database", async () => {
  test.setTimeout(240_000);
  const source = await freshDemoDatabase("rerm_backup_src");
  const target = await emptyDatabase("rerm_backup_dst");
  try {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "rerm-backup-")), "demo.dump");
    const started = performance.now();
    await run(process.execPath, [artifactScript("backup.mjs"), "backup", file], {
      env: productionEnv(source.url),
    });
    const backupMs = performance.now() - started;
    await run(process.execPath, [artifactScript("backup.mjs"), "restore", file], {
      env: productionEnv(target.url),
    });
    const restoreMs = performance.now() - started - backupMs;
    const [before, after] = await Promise.all([tableFingerprints(source.url), tableFingerprints(target.url)]);
    recordFigures("backupRestore", {
      tables: Object.keys(before).length,
      rows: Object.values(before).reduce((total, table) => total + table.rows, 0),
      backupMs: Math.round(backupMs),
      restoreMs: Math.round(restoreMs),
    });
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before.teachers!.rows).toBeGreaterThan(10_000);
    expect(after).toEqual(before);
    // The restored database runs in UTC like a migrated one, and a restore refuses a database that is not empty.
    const tz = await withClient(target.url, (client) =>
      client.query<{ tz: string }>("SELECT current_setting('TimeZone') AS tz"),
    );
    expect(tz.rows[0]?.tz).toBe("UTC");
    await expect(
      run(process.execPath, [artifactScript("backup.mjs"), "restore", file], {
        env: productionEnv(target.url),
      }),
    ).rejects.toThrow(/not empty/);
  } finally {
    await source.drop();
    await target.drop();
  }
});
