import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { SchoolExportRow } from "@/lib/imports/specs/schools";
import { townCell } from "@/lib/imports/towns";
import type { SchoolListQuery } from "@/lib/schemas/schools";
import { loadTownScope } from "./import-towns";
import { LIST_ORDER, listFilterWhere } from "./list-schools";

/**
 * Every school of the register's current filter (no paging), in the import's columns: the town as the import of
 * the same user reads it back (its name, or its code where two towns of the scope share the name).
 */
export async function listSchoolExport(
  actor: SessionUser,
  query: SchoolListQuery,
): Promise<{ label: string; rows: SchoolExportRow[] }> {
  assertCan(actor, "schools:manage");
  const [scope, schools] = await Promise.all([
    loadTownScope(db(), actor),
    db().school.findMany({
      where: inScope(listFilterWhere(query), schoolScopeWhere(actor)),
      orderBy: LIST_ORDER[query.sort],
      select: {
        code: true,
        name: true,
        townId: true,
        level: true,
        ownership: true,
        urbanRuralCode: true,
        isTownSeat: true,
        isTownCentralKindergarten: true,
        isBoarding: true,
        isActive: true,
        county: { select: { name: true } },
      },
    }),
  ]);
  const place =
    scope.kind === "city"
      ? await db().city.findUniqueOrThrow({ where: { id: scope.id }, select: { name: true } })
      : await db().county.findUniqueOrThrow({ where: { id: scope.id }, select: { name: true } });
  return {
    label: place.name,
    rows: schools.map(({ townId, county, urbanRuralCode, ...school }) => {
      const town = scope.townsById.get(townId);
      return {
        ...school,
        // Demo schools have no code until their first edit; the cell stays blank and the import asks for it.
        urbanRuralCode: urbanRuralCode as SchoolExportRow["urbanRuralCode"],
        town: town ? townCell(scope.towns, town) : "",
        county: county.name,
      };
    }),
  };
}
