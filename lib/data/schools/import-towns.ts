import "server-only";
import { can } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db, type DbClient } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type ImportTown, indexTowns, type TownIndex, townCell } from "@/lib/imports/towns";

/** The towns a school-register import or export of the user's scope names: city staff the city's, an officer its county's. */
export interface TownScope {
  kind: "city" | "county";
  id: number;
  schools: ReadonlyMap<string, { id: number }>;
  towns: TownIndex;
  townsById: ReadonlyMap<number, ImportTown>;
  countyIds: number[];
}

/**
 * The towns of the user's scope, indexed by code and name. A write passes its transaction and `lock`: the towns are
 * then locked (FOR SHARE) until it commits, so that none can move to a functional zone between this read and the
 * schools written into it (createFunctionalZone moves towns; it waits for the import, and the import for it).
 */
export async function loadTownScope(
  client: DbClient,
  user: SessionUser,
  options: { lock?: boolean } = {},
): Promise<TownScope> {
  const scope = scopeOf(user);
  if (!scope || scope.level === "school" || scope.level === "province") throw notFoundError();
  const county = scope.level === "county" ? Prisma.sql`AND c.id = ${scope.countyId}` : Prisma.empty;
  const lock = options.lock ? Prisma.sql`FOR SHARE OF t` : Prisma.empty;
  const towns = await client.$queryRaw<ImportTown[]>`
    SELECT t.id, t.code, t.name, t.county_id AS "countyId", c.city_id AS "cityId"
    FROM towns t JOIN counties c ON c.id = t.county_id
    WHERE c.city_id = ${scope.cityId} ${county}
    ORDER BY t.code, t.id
    ${lock}`;
  return {
    kind: scope.level,
    id: scope.level === "county" ? scope.countyId : scope.cityId,
    schools: new Map(),
    towns: indexTowns(towns),
    townsById: new Map(towns.map((town) => [town.id, town])),
    countyIds: [...new Set(towns.map((town) => town.countyId))],
  };
}

/**
 * The words of the school template's town drop-down for the user: each town of the scope as the import reads it
 * (its name, or its code where two towns share the name). None for a user who cannot import schools.
 */
export async function listTemplateTowns(user: SessionUser): Promise<Record<string, string[]>> {
  if (!can(user.role, "schools:manage")) return {};
  const scope = await loadTownScope(db(), user);
  return { townId: [...scope.townsById.values()].map((town) => townCell(scope.towns, town)) };
}
