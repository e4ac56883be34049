import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  diffMigrationsToSchema,
  EMPTY_MIGRATION,
  MIGRATIONS_DIR,
  readMigrationsList,
} from "@/scripts/db/migrations";

describe("migrations", () => {
  it("agree with schema.prisma (run `npm run db:migration -- <name>` after changing the schema)", async () => {
    expect(await diffMigrationsToSchema()).toBe(EMPTY_MIGRATION);
  }, 60_000);

  describe("on the test database", () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    beforeAll(() => client.connect());
    afterAll(() => client.end());

    it("are recorded in Prisma's own table with Prisma's checksum, so `prisma migrate deploy` accepts the database", async () => {
      const { rows } = await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
      }>("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name");
      const folders = readMigrationsList().migrationDirectories.map((dir) => dir.path);
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
      }
    });
  });
});
