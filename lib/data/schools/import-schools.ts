import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importIntoScope } from "@/lib/data/imports/import-file";
import { upsertRows } from "@/lib/data/imports/upsert-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  planStateChange,
  type SchoolState,
  type StateChangeRefusal,
} from "@/lib/indicators/dated-school-state";
import { locationClassOfCode } from "@/lib/indicators/urban-rural-code";
import type { LocationClass } from "@/lib/generated/prisma/enums";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome, ImportRowError } from "@/lib/imports/result";
import { headerOf } from "@/lib/imports/spec";
import { businessDay, isoDay } from "@/lib/utils/periods";
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
    isBoarding: "boolean",
  },
  scope: { field: "countyId", fixed: true },
  countUnchanged: true,
});

type PlacedSchool = {
  code: string;
  countyId: number;
  urbanRuralCode: string;
  locationClass: LocationClass;
  isTownSeat: boolean;
  effectiveOn?: Date;
};

/**
 * Plans the dated changes of a chunk with the form's rule (planStateChange, decision 0024): a row that changes a
 * known school's 城乡分类代码 (and so its class) or town-seat flag keeps the school's state before it as a past state
 * ending on the row's 生效日期 (blank: today), which lies between the school's last dated change and today. Rows
 * whose day breaks the rule are returned as refused and are not written, so the file is refused whole with the
 * row's error. A school the row would move to another county is left alone, as by the upsert.
 */
async function planPastStates(
  tx: Prisma.TransactionClient,
  records: readonly PlacedSchool[],
  countyIds: readonly number[],
  today: Date,
) {
  const stored = await tx.$queryRaw<
    (SchoolState & { id: number; code: string; countyId: number; lastChangeOn: Date | null })[]
  >`
    SELECT s.id, s.code, s.county_id AS "countyId", s.urban_rural_code AS "urbanRuralCode",
           s.location_class AS "locationClass", s.is_town_seat AS "isTownSeat",
           (SELECT max(p.valid_until) FROM school_past_states p WHERE p.school_id = s.id) AS "lastChangeOn"
    FROM schools s
    WHERE s.code = ANY(${records.map((record) => record.code)}::text[]) AND s.county_id = ANY(${countyIds}::int[])`;
  const storedOfCode = new Map(stored.map((school) => [school.code, school]));
  const pastStates: (SchoolState & { schoolId: number; countyId: number; validUntil: Date })[] = [];
  const refused = new Map<string, StateChangeRefusal>();
  for (const record of records) {
    const school = storedOfCode.get(record.code);
    if (!school || school.countyId !== record.countyId) continue;
    const plan = planStateChange(
      school,
      record,
      { kind: "dated", effectiveOn: record.effectiveOn ?? today },
      { lastChangeOn: school.lastChangeOn, today },
    );
    if (!plan.ok) refused.set(record.code, plan.refusal);
    // The school stays in its county (the upsert leaves a move alone), so the past state is counted there too.
    else if (plan.pastState)
      pastStates.push({ schoolId: school.id, countyId: school.countyId, ...plan.pastState });
  }
  return { pastStates, refused };
}

async function insertPastStates(
  tx: Prisma.TransactionClient,
  pastStates: readonly (SchoolState & { schoolId: number; countyId: number; validUntil: Date })[],
) {
  if (pastStates.length === 0) return;
  const json = JSON.stringify(
    pastStates.map((state) => [
      state.schoolId,
      isoDay(state.validUntil),
      state.urbanRuralCode,
      state.locationClass,
      state.isTownSeat,
      state.countyId,
    ]),
  );
  await tx.$executeRaw`
    INSERT INTO school_past_states
      (school_id, valid_until, urban_rural_code, location_class, is_town_seat, county_id)
    SELECT (r->>0)::int, (r->>1)::date, (r->>2)::bpchar, (r->>3)::location_class, (r->>4)::boolean, (r->>5)::int
    FROM json_array_elements(${json}::json) AS r
    ON CONFLICT (school_id, valid_until) DO NOTHING`;
}

const SCHOOLS: DataImport<typeof SCHOOL_IMPORT.schema, TownScope> = {
  definition: SCHOOL_IMPORT,
  permission: "schools:manage",
  auditEntity: "school",
  writer: (tx, scope) => {
    const countyOfCode = new Map<string, number>();
    const refusedOfCode = new Map<string, StateChangeRefusal>();
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
        const { pastStates, refused } = await planPastStates(tx, placed, scope.countyIds, today);
        for (const [code, refusal] of refused) refusedOfCode.set(code, refusal);
        await insertPastStates(tx, pastStates);
        return upsertSchools(
          tx,
          placed.filter((record) => !refused.has(record.code)),
          { scopeIds: scope.countyIds },
        );
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
            const refusal = refusedOfCode.get(code);
            if (refusal)
              return [{ row, column: headerOf(SCHOOL_IMPORT, "effectiveOn"), key: refusal, params: {} }];
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
