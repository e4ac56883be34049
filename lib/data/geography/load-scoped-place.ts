import "server-only";
import { countyScopeWhere, inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import type { DbClient } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { ImportScope } from "@/lib/imports/pipeline";
import type { PlaceTarget } from "@/lib/schemas/places";

/** A school or a county checked against the user's scope: what lists, exports and imports of its data work on. */
export interface ScopedPlace extends ImportScope {
  kind: PlaceTarget["kind"];
  id: number;
  countyId: number;
  /** Active schools of the place, by 学校标识码 */
  schools: Map<string, { id: number; name: string }>;
  label: string;
}

/**
 * A school or a county, checked against the user's scope (a principal has no county). Throws NOT_FOUND for
 * anything outside the scope, so that ids of other scopes cannot be probed.
 *
 * A write calls it with its transaction and `lockSchools`: the place's schools are then locked (FOR SHARE) until
 * the write commits, so that none of them can be moved to another county or closed between this check and the
 * write, and a school changed by a transaction still open is waited for and judged as that transaction leaves it.
 */
export async function loadScopedPlace(
  client: DbClient,
  user: SessionUser,
  target: PlaceTarget,
  options: { lockSchools?: boolean } = {},
): Promise<ScopedPlace> {
  const place = await readPlace(client, user, target);
  if (options.lockSchools) {
    // The locking read re-checks each school's row as committed now (PostgreSQL re-reads a row it waited for).
    const ids = [...place.schools.values()].map((school) => school.id);
    const locked = await client.$queryRaw<{ id: number }[]>`
      SELECT id FROM schools
      WHERE id = ANY(${ids}::int[]) AND county_id = ${place.countyId} AND is_active
      FOR SHARE`;
    const lockedIds = new Set(locked.map((row) => row.id));
    for (const [code, school] of place.schools) if (!lockedIds.has(school.id)) place.schools.delete(code);
    if (place.kind === "school" && place.schools.size === 0) throw notFoundError();
  }
  return place;
}

async function readPlace(client: DbClient, user: SessionUser, target: PlaceTarget): Promise<ScopedPlace> {
  if (target.kind === "school") {
    const school = await client.school.findFirst({
      where: inScope({ id: target.id, isActive: true }, schoolScopeWhere(user)),
      select: { id: true, code: true, name: true, countyId: true },
    });
    if (!school) throw notFoundError();
    return {
      kind: "school",
      id: school.id,
      countyId: school.countyId,
      schools: new Map([[school.code, { id: school.id, name: school.name }]]),
      label: school.name,
    };
  }
  const county = await client.county.findFirst({
    where: inScope({ id: target.id }, countyScopeWhere(user)),
    select: {
      id: true,
      name: true,
      schools: { where: { isActive: true }, select: { id: true, code: true, name: true } },
    },
  });
  if (!county) throw notFoundError();
  return {
    kind: "county",
    id: county.id,
    countyId: county.id,
    schools: new Map(county.schools.map((school) => [school.code, { id: school.id, name: school.name }])),
    label: county.name,
  };
}
