import "server-only";
import { cityScopeWhere, type Viewer } from "@/lib/auth/scope";
import { db, type DbClient, replicaDb } from "@/lib/db";

/**
 * The data version of a scope, for keys of anything derived from its data (lib/data/audit/record-audit.ts moves
 * it on with every audited write of figures). A city's is the city's version, moved by every write in the city. A
 * county's is the city's shared version (writes that may change any county: targets, standards, groups) with the
 * county's own (writes of that county's data: its facility records, teachers, report), so a save in one county leaves
 * the other counties' figures and pages cached. Unscoped: callers pass their own city and county.
 */
export async function unsafeDataVersion(client: DbClient, scope: DataScope): Promise<string> {
  const [row] = await client.$queryRaw<{ version: string }[]>`
    SELECT CASE WHEN ${scope.countyId}::int IS NULL THEN COALESCE(v.version, 0)::text
                ELSE COALESCE(v.shared_version, 0)::text || '.' || COALESCE(c.version, 0)::text END AS version
    FROM (SELECT ${scope.cityId}::int AS city_id) s
    LEFT JOIN data_versions v ON v.city_id = s.city_id
    LEFT JOIN county_data_versions c ON c.county_id = ${scope.countyId}::int`;
  return row!.version;
}

/**
 * The data version of a scope (unsafeDataVersion), for keys of what the caller shows of it; a version reveals nothing,
 * so the caller checks the scope itself, before or after.
 */
export function dataVersionOf(scope: DataScope): Promise<string> {
  return unsafeDataVersion(db(), scope);
}

/**
 * The data version of a province user's province: its cities' versions in code order and its own targets' last
 * change, so a write in any city or a province target gives the province's briefing a new key. Scoped: only the
 * user's own province's cities and targets.
 */
export async function provinceDataVersion(user: Viewer): Promise<string> {
  const [rows, targets] = await Promise.all([
    db().city.findMany({
      where: cityScopeWhere(user),
      orderBy: { code: "asc" },
      select: { id: true, dataVersion: { select: { version: true } } },
    }),
    // The province's own targets judge its figures: a target set renews its briefing too.
    db().provinceTarget.aggregate({
      where: { province: { cities: { some: cityScopeWhere(user) } } },
      _count: { _all: true },
      _max: { setAt: true },
    }),
  ]);
  const cities = rows.map((row) => `${row.id}:${row.dataVersion?.version ?? 0}`).join(",");
  return `${cities};${targets._count._all}@${targets._max.setAt?.getTime() ?? 0}`;
}

/** What a data version covers: a whole city, or one county of it (its schools and towns included). */
export interface DataScope {
  cityId: number;
  countyId: number | null;
}

/** How long a dashboard's reads may take in one snapshot of the replica. */
const SNAPSHOT_TIMEOUT_MS = 60_000;

/**
 * Runs `read` on the read replica (DATABASE_REPLICA_URL) in one repeatable-read snapshot that holds exactly the
 * scope's data version `version` (read from the primary), or on `primary` when there is no replica, when the replica
 * has not replayed that version yet, or when it fails. So the figures kept under a version are the figures of that
 * version, never a mix of two nodes, and a user's own write (which moved the version on) is on their next page.
 */
export async function unsafeReadAtVersion<T>(
  primary: DbClient,
  scope: DataScope,
  version: string,
  read: (client: DbClient) => Promise<T>,
): Promise<T> {
  // Only the app's own reads go to the replica: a caller's transaction keeps its own snapshot.
  const replica = primary === db() ? replicaDb() : null;
  if (replica) {
    const LAGGING = Symbol("lagging");
    try {
      const result = await replica.$transaction(
        async (tx) => ((await unsafeDataVersion(tx, scope)) === version ? read(tx) : LAGGING),
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
