import pg from "pg";
import { applyPendingMigrations } from "./migrations";
import { syncBuiltInCatalogue } from "./sync-catalogue";

/** Brings a database up to date: pending migrations, then the built-in indicator catalogue. */
export async function prepareDatabase(
  databaseUrl: string,
): Promise<{ applied: string[]; indicatorsWritten: number }> {
  const applied = await applyPendingMigrations(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { indicatorsWritten } = await syncBuiltInCatalogue(client);
    return { applied, indicatorsWritten };
  } finally {
    await client.end();
  }
}
