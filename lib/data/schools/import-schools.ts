import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importIntoScope } from "@/lib/data/imports/import-file";
import { upsertRows } from "@/lib/data/imports/upsert-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locationClassOfCode } from "@/lib/indicators/urban-rural-code";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome, ImportRowError } from "@/lib/imports/result";
import { headerOf } from "@/lib/imports/spec";
import { businessDay } from "@/lib/utils/periods";
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
    urbanRuralCode: "bpchar",
    locationClass: "location_class",
    isTownSeat: "boolean",
    isTownCentralKindergarten: "boolean",
  },
  scope: { field: "countyId", fixed: true },
  countUnchanged: true,
});

type PlacedSchool = {
  code: string;
  countyId: number;
  urbanRuralCode: string;
  locationClass: string;
  isTownSeat: boolean;
};

/**
 * Keeps the state an import changes (城乡分类代码, class, town seat) as a past state ending today, before the rows are
 * written, so that earlier quarters keep their figures: an import's change is dated on the day of the import, the
 * form's default (decision 0024). A state already ended today is not ended twice (the form's rule: the state that
 * began today never held). A school the row would move to another county is left alone, as by the upsert.
 */
async function keepPastStates(
  tx: Prisma.TransactionClient,
  records: readonly PlacedSchool[],
  countyIds: readonly number[],
  today: Date,
) {
  const json = JSON.stringify(
    records.map((record) => [
      record.code,
      record.countyId,
      record.urbanRuralCode,
      record.locationClass,
      record.isTownSeat,
    ]),
  );
  await tx.$executeRaw`
    INSERT INTO school_past_states (school_id, valid_until, urban_rural_code, location_class, is_town_seat, county_id)
    SELECT s.id, ${today}::date, s.urban_rural_code, s.location_class, s.is_town_seat, s.county_id
    FROM json_array_elements(${json}::json) AS r
    JOIN schools s ON s.code = r->>0
    WHERE s.county_id = ANY(${countyIds}::int[]) AND s.county_id = (r->>1)::int
      AND (s.urban_rural_code, s.location_class, s.is_town_seat)
        IS DISTINCT FROM ((r->>2)::bpchar, (r->>3)::location_class, (r->>4)::boolean)
    ON CONFLICT (school_id, valid_until) DO NOTHING`;
}

const SCHOOLS: DataImport<typeof SCHOOL_IMPORT.schema, TownScope> = {
  definition: SCHOOL_IMPORT,
  permission: "schools:manage",
  auditEntity: "school",
  writer: (tx, scope) => {
    const countyOfCode = new Map<string, number>();
    const today = businessDay(new Date());
    return {
      async write(records) {
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
        await keepPastStates(tx, placed, scope.countyIds, today);
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
