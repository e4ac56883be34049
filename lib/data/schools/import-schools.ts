import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importIntoScope } from "@/lib/data/imports/import-file";
import { upsertRows } from "@/lib/data/imports/upsert-rows";
import { locationClassOfCode } from "@/lib/indicators/urban-rural-code";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome, ImportRowError } from "@/lib/imports/result";
import { headerOf } from "@/lib/imports/spec";
import { SCHOOL_IMPORT } from "@/lib/imports/specs/schools";
import { loadTownScope, type TownScope } from "./import-towns";

// A school stays in its county (decision 0019): an existing school is updated only where the row keeps it there.
const upsertSchools = upsertRows({
  table: "schools",
  key: ["code"],
  fields: {
    code: "text",
    name: "text",
    townId: "int",
    countyId: "int",
    cityId: "int",
    level: "school_level",
    ownership: "ownership",
    urbanRuralCode: "char(3)",
    locationClass: "location_class",
    isTownSeat: "boolean",
    isTownCentralKindergarten: "boolean",
  },
  scope: { field: "countyId", fixed: true },
  countUnchanged: true,
});

const SCHOOLS: DataImport<typeof SCHOOL_IMPORT.schema, TownScope> = {
  definition: SCHOOL_IMPORT,
  permission: "schools:manage",
  auditEntity: "school",
  writer: (tx, scope) => {
    const countyOfCode = new Map<string, number>();
    return {
      write(records) {
        const placed = records.map((record) => {
          // The schema checked the town id the row's town cell resolved to, so it is a town of the scope.
          const town = scope.townsById.get(record.townId)!;
          countyOfCode.set(record.code, town.countyId);
          return {
            ...record,
            countyId: town.countyId,
            cityId: town.cityId,
            locationClass: locationClassOfCode(record.urbanRuralCode),
          };
        });
        return upsertSchools(tx, placed, { scopeIds: scope.countyIds });
      },
      // The rows the upsert left alone: a code held by a school outside the scope, or a school the row would move to
      // another county.
      async unwritten(rowOfCode) {
        const held = await tx.$queryRaw<{ code: string; countyId: number }[]>`
          SELECT code, county_id AS "countyId" FROM schools WHERE code = ANY(${[...rowOfCode.keys()]}::text[])`;
        const column = headerOf(SCHOOL_IMPORT, "code");
        return held
          .flatMap(({ code, countyId }): ImportRowError[] => {
            const row = rowOfCode.get(code)!;
            if (!scope.countyIds.includes(countyId))
              return [{ row, column, key: "schoolCodeElsewhere", params: { code } }];
            if (countyOfCode.get(code) !== countyId)
              return [
                {
                  row,
                  column: headerOf(SCHOOL_IMPORT, "townId"),
                  key: "schoolOtherCounty",
                  params: { code },
                },
              ];
            return [];
          })
          .sort((a, b) => a.row - b.row);
      },
    };
  },
};

/**
 * Imports the school register of the user's scope, all or nothing (decision 0022): each row is checked with the
 * register's form schema, its town named by name or code among the user's towns (a county officer: its county's,
 * city staff: the city's); schools are matched on 学校标识码, so a second import updates them (a row with nothing
 * new is counted as unchanged). One audit record and a new data version per import.
 */
export function importSchools(user: SessionUser, file: UploadedSheet): Promise<ImportOutcome> {
  return importIntoScope(user, SCHOOLS, (tx) => loadTownScope(tx, user, { lock: true }), file);
}
