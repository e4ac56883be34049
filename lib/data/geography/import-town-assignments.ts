import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importIntoScope } from "@/lib/data/imports/import-file";
import { loadTownScope, type TownScope } from "@/lib/data/schools/import-towns";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome, ImportRowError } from "@/lib/imports/result";
import { headerOf, normalizeLabel } from "@/lib/imports/spec";
import { TOWN_ASSIGNMENT_IMPORT } from "@/lib/imports/specs/towns";
import { townCell } from "@/lib/imports/towns";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { lockCity } from "./lock-city";
import { unsafeMoveTownsInTransaction } from "./move-towns";

type CountyScope = TownScope & { counties: Map<string, { id: number; name: string }> };

/** The city's counties by normalized name and by code, as a row may name them. */
async function loadCountyScope(tx: Prisma.TransactionClient, user: SessionUser): Promise<CountyScope> {
  await lockCity(tx, ownCityId(user));
  const scope = await loadTownScope(tx, user, { lock: true });
  const counties = new Map<string, { id: number; name: string }>();
  for (const county of await tx.county.findMany({
    where: { cityId: ownCityId(user) },
    select: { id: true, code: true, name: true },
  })) {
    counties.set(normalizeLabel(county.name), county);
    if (county.code) counties.set(county.code, county);
  }
  return { ...scope, counties };
}

const TOWNS: DataImport<typeof TOWN_ASSIGNMENT_IMPORT.schema, CountyScope> = {
  definition: TOWN_ASSIGNMENT_IMPORT,
  permission: "divisions:manage",
  auditEntity: "town",
  writer: (tx, scope, user) => {
    const today = businessDay(new Date());
    const unknown = new Map<number, string>();
    return {
      async write(records) {
        // Rows of one county and day move together, as one move_towns record each.
        const moves = new Map<string, { countyId: number; effectiveOn: Date; townIds: number[] }>();
        let unchanged = 0;
        for (const record of records) {
          const county =
            scope.counties.get(normalizeLabel(record.county)) ?? scope.counties.get(record.county);
          if (!county) {
            unknown.set(record.row, record.county);
            continue;
          }
          if (scope.townsById.get(record.townId)!.countyId === county.id) {
            unchanged += 1;
            continue;
          }
          const effectiveOn = record.effectiveOn ?? today;
          const key = `${county.id}:${isoDay(effectiveOn)}`;
          const move = moves.get(key) ?? { countyId: county.id, effectiveOn, townIds: [] };
          move.townIds.push(record.townId);
          moves.set(key, move);
        }
        let written = 0;
        for (const move of moves.values()) {
          await unsafeMoveTownsInTransaction(tx, user, move, today);
          written += move.townIds.length;
        }
        return { written, inserted: 0, unchanged };
      },
      async unwritten() {
        const column = headerOf(TOWN_ASSIGNMENT_IMPORT, "county");
        return [...unknown].map(([row, county]): ImportRowError => ({
          row,
          column,
          key: "countyOutsideCity",
          params: { county },
        }));
      },
    };
  },
};

/**
 * Imports the towns' assignment of the user's city, all or nothing: each row names a town of the city, the county or
 * functional zone it belongs to and the day it moves from; moves run as the form's (moveTowns), so the quarters
 * before keep their figures. One import audit record, and a move_towns record per county and day.
 */
export function importTownAssignments(user: SessionUser, file: UploadedSheet): Promise<ImportOutcome> {
  return importIntoScope(user, TOWNS, (tx) => loadCountyScope(tx, user), file);
}

/** The template's drop-downs: the city's towns as the import reads them, and its counties' names. */
export async function listTownTemplateLists(user: SessionUser): Promise<Record<string, string[]>> {
  if (!can(user.role, "divisions:manage")) return {};
  const scope = await loadTownScope(db(), user);
  const counties = await db().county.findMany({
    where: { cityId: ownCityId(user) },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { name: true },
  });
  return {
    townId: [...scope.townsById.values()].map((town) => townCell(scope.towns, town)),
    county: counties.map((county) => county.name),
  };
}
