import "server-only";
import { db, type DbClient, replicaDb } from "@/lib/db";

/**
 * The city's data version: moved on by every audited write of figures in the city (lib/data/audit/record-audit.ts),
 * so anything derived from the city's data can be kept until it changes. Unscoped: callers pass their own city.
 */
export async function unsafeDataVersion(client: DbClient, cityId: number): Promise<string> {
  const row = await client.dataVersion.findUnique({ where: { cityId }, select: { version: true } });
  return String(row?.version ?? 0);
}

/** How long a dashboard's reads may take in one snapshot of the replica. */
const SNAPSHOT_TIMEOUT_MS = 60_000;

/**
 * Runs `read` on the read replica (DATABASE_REPLICA_URL) in one repeatable-read snapshot that holds exactly the
 * city's data version `version` (read from the primary), or on `primary` when there is no replica, when the replica
 * has not replayed that version yet, or when it fails. So the figures kept under a version are the figures of that
 * version, never a mix of two nodes, and a user's own write (which moved the version on) is on their next page.
 */
export async function unsafeReadAtVersion<T>(
  primary: DbClient,
  cityId: number,
  version: string,
  read: (client: DbClient) => Promise<T>,
): Promise<T> {
  // Only the app's own reads go to the replica: a caller's transaction keeps its own snapshot.
  const replica = primary === db() ? replicaDb() : null;
  if (replica) {
    const LAGGING = Symbol("lagging");
    try {
      const result = await replica.$transaction(
        async (tx) => ((await unsafeDataVersion(tx, cityId)) === version ? read(tx) : LAGGING),
        { isolationLevel: "RepeatableRead", timeout: SNAPSHOT_TIMEOUT_MS, maxWait: 5_000 },
      );
      if (result !== LAGGING) return result as T;
    } catch (error) {
      console.error(
        "[replica] read failed, using the primary:",
        error instanceof Error ? error.message : error,
      );
    }
  }
  return read(primary);
}
