import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { resolveRosterTarget } from "@/lib/data/teachers/roster-target";
import type { ImportOutcome } from "@/lib/data/teachers/import-teacher-roster";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseFacilitySheet } from "@/lib/excel/facility-sheet";
import { type ImportRowError, UNREADABLE_FILE } from "@/lib/excel/import-result";
import { readSheet, type SheetFormat } from "@/lib/excel/sheet-io";
import { SCHOOL_CODE_HEADER } from "@/lib/excel/teacher-roster";
import { FACILITY_FIELD_NAMES, FACILITY_FIELDS } from "@/lib/schemas/facilities";

const columnOf = (field: string) => field.replace(/[A-Z0-9]+/g, (part) => `_${part.toLowerCase()}`);
const sqlTypeOf = (unit: string | null) =>
  unit === null ? "boolean" : unit === "m2" || unit === "cny" ? "numeric" : "int";
// Fixed SQL built from the schema's field list (never from input): the columns of the statement below.
const COLUMNS = FACILITY_FIELD_NAMES.map(columnOf);
const COLUMN_LIST = Prisma.raw(COLUMNS.join(", "));
const RECORD_TYPES = Prisma.raw(
  FACILITY_FIELD_NAMES.map((field) => `${columnOf(field)} ${sqlTypeOf(FACILITY_FIELDS[field].unit)}`).join(
    ", ",
  ),
);
const UPDATES = Prisma.raw(COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(", "));

/**
 * Imports facility records (one row per school and school year) into a school's or a county's schools, all or
 * nothing; a row for an existing school year replaces that record, so importing the same file twice changes nothing.
 */
export async function importFacilityRecords(
  user: SessionUser,
  target: { kind: "school" | "county"; id: number },
  file: { name: string; format: SheetFormat; data: ArrayBuffer },
): Promise<ImportOutcome> {
  assertCan(user, "facilities:edit");
  const roster = await resolveRosterTarget(db(), user, target);
  const sheet = readSheet(file.data, file.format);
  if (!sheet) return { status: "invalid", errors: [UNREADABLE_FILE] };
  const parsed = parseFacilitySheet(sheet);
  if (!parsed.records) return { status: "invalid", errors: parsed.errors };
  const errors: ImportRowError[] = [];
  const rows = parsed.records.flatMap(({ row, schoolCode, schoolYear, ...values }) => {
    const school = roster.schools.get(schoolCode);
    if (!school) {
      errors.push({
        row,
        column: SCHOOL_CODE_HEADER,
        key: "schoolOutsideRoster",
        params: { code: schoolCode },
      });
      return [];
    }
    return [
      {
        school_id: school.id,
        school_year: schoolYear,
        ...Object.fromEntries(Object.entries(values).map(([field, value]) => [columnOf(field), value])),
      },
    ];
  });
  if (errors.length > 0) return { status: "invalid", errors };

  return db().$transaction(async (tx) => {
    const [counts] = await tx.$queryRaw<{ inserted: number }[]>`
      WITH upserted AS (
        INSERT INTO facility_records (school_id, school_year, ${COLUMN_LIST}, updated_by_id, updated_at)
        SELECT r.school_id, r.school_year, ${Prisma.raw(COLUMNS.map((column) => `r.${column}`).join(", "))},
               ${user.id}, now()
        FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(school_id int, school_year int, ${RECORD_TYPES})
        ON CONFLICT (school_id, school_year) DO UPDATE SET ${UPDATES},
          updated_by_id = EXCLUDED.updated_by_id, updated_at = now()
        RETURNING (xmax = 0) AS is_new
      )
      SELECT count(*) FILTER (WHERE is_new)::int AS inserted FROM upserted`;
    const inserted = counts?.inserted ?? 0;
    const summary = { rows: rows.length, inserted, updated: rows.length - inserted };
    await recordAudit(tx, user, {
      action: "import",
      entity: "facility_record",
      entityId: `${roster.kind}:${roster.id}`,
      after: { fileName: file.name, ...summary },
    });
    return { status: "imported" as const, summary };
  });
}
