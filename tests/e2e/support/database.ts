import { readFileSync } from "node:fs";
import pg from "pg";
import { E2E_STATE_FILE } from "./config";

let pool: pg.Pool | undefined;

/** The e2e run's database, to read the figures the pages must show. */
export function e2eDatabase(): pg.Pool {
  if (!pool) {
    const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };
    pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  }
  return pool;
}

/** The `id` column of the first row `sql` selects. */
export async function firstId(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await e2eDatabase().query<{ id: number }>(sql, params);
  return rows[0]!.id;
}
