import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { ImportRowError, ImportSummary } from "@/lib/excel/import-result";
import { readSheet, type SheetFormat } from "@/lib/excel/sheet-io";
import { parseRosterSheet, type RosterRecord, SCHOOL_CODE_HEADER } from "@/lib/excel/teacher-roster";
import type { RosterTarget } from "@/lib/schemas/teachers";
import { isoDay } from "@/lib/utils/periods";
import { type ResolvedRosterTarget, resolveRosterTarget } from "./roster-target";

export type ImportOutcome =
  { status: "invalid"; errors: ImportRowError[] } | { status: "imported"; summary: ImportSummary };

// Rows per INSERT statement: one JSON parameter each, small enough to keep a statement's memory bounded.
const BATCH_ROWS = 5_000;

/**
 * Imports a roster file into a school's or a county's roster, all or nothing: every row is validated first and
 * any error writes nothing. Teachers are matched on 教职工编号 (unique), so importing the same file again updates
 * them instead of adding duplicates; a staff number held by a teacher outside the roster is an error, never a move.
 */
export async function importTeacherRoster(
  user: SessionUser,
  target: RosterTarget,
  file: { name: string; format: SheetFormat; data: ArrayBuffer },
): Promise<ImportOutcome> {
  assertCan(user, "teachers:edit");
  const roster = await resolveRosterTarget(db(), user, target);
  const parsed = parseRosterSheet(await readSheet(file.data, file.format));
  if (!parsed.records) return { status: "invalid", errors: parsed.errors };
  const placed = placeRecords(parsed.records, roster);
  if (placed.errors.length > 0) return { status: "invalid", errors: placed.errors };

  return db().$transaction(
    async (tx) => {
      const outsiders = await tx.$queryRaw<{ staffNo: string }[]>`
        SELECT staff_no AS "staffNo" FROM teachers
        WHERE staff_no = ANY(${placed.rows.map((row) => row.staffNo)}::text[])
          AND school_id <> ALL(${[...roster.schools.values()].map((school) => school.id)}::int[])`;
      if (outsiders.length > 0) {
        const rowOf = new Map(placed.rows.map((row) => [row.staffNo, row.row]));
        return {
          status: "invalid" as const,
          errors: outsiders
            .map(({ staffNo }) => ({
              row: rowOf.get(staffNo)!,
              column: "教职工编号",
              key: "staffNoElsewhere",
              params: { staffNo },
            }))
            .sort((a, b) => a.row - b.row),
        };
      }
      let inserted = 0;
      for (let start = 0; start < placed.rows.length; start += BATCH_ROWS) {
        const batch = placed.rows.slice(start, start + BATCH_ROWS).map(toJsonRow);
        const [counts] = await tx.$queryRaw<{ inserted: number }[]>`
          WITH upserted AS (
            INSERT INTO teachers (school_id, staff_no, name, gender, birth_date, highest_degree, is_full_time, subject,
                                  title, backbone_level, has_teaching_certificate, training_hours_5y, hired_on, updated_at)
            SELECT r.school_id, r.staff_no, r.name, r.gender::gender, r.birth_date, r.highest_degree::degree,
                   r.is_full_time, r.subject::subject, r.title::professional_title, r.backbone_level::backbone_level,
                   r.has_teaching_certificate, r.training_hours_5y, r.hired_on, now()
            FROM json_to_recordset(${JSON.stringify(batch)}::json) AS r(
              school_id int, staff_no text, name text, gender text, birth_date date, highest_degree text,
              is_full_time boolean, subject text, title text, backbone_level text, has_teaching_certificate boolean,
              training_hours_5y int, hired_on date)
            ON CONFLICT (staff_no) DO UPDATE SET
              school_id = EXCLUDED.school_id, name = EXCLUDED.name, gender = EXCLUDED.gender,
              birth_date = EXCLUDED.birth_date, highest_degree = EXCLUDED.highest_degree,
              is_full_time = EXCLUDED.is_full_time, subject = EXCLUDED.subject, title = EXCLUDED.title,
              backbone_level = EXCLUDED.backbone_level, has_teaching_certificate = EXCLUDED.has_teaching_certificate,
              training_hours_5y = EXCLUDED.training_hours_5y, hired_on = EXCLUDED.hired_on, updated_at = now()
            RETURNING (xmax = 0) AS is_new
          )
          SELECT count(*) FILTER (WHERE is_new)::int AS inserted FROM upserted`;
        inserted += counts?.inserted ?? 0;
      }
      const summary = { rows: placed.rows.length, inserted, updated: placed.rows.length - inserted };
      await recordAudit(tx, user, {
        action: "import",
        entity: "teacher_roster",
        entityId: `${roster.kind}:${roster.id}`,
        after: { fileName: file.name, ...summary },
      });
      return { status: "imported" as const, summary };
    },
    { timeout: 60_000 },
  );
}

type PlacedRecord = RosterRecord & { schoolId: number };

/** Each row's school from its 学校标识码: blank means the school whose roster it is; unknown codes are row errors. */
function placeRecords(records: RosterRecord[], roster: ResolvedRosterTarget) {
  const errors: ImportRowError[] = [];
  const rows: PlacedRecord[] = [];
  const [ownSchool] = roster.kind === "school" ? roster.schools.values() : [];
  for (const record of records) {
    const school = record.schoolCode === null ? ownSchool : roster.schools.get(record.schoolCode);
    if (!school) {
      errors.push({
        row: record.row,
        column: SCHOOL_CODE_HEADER,
        key: record.schoolCode === null ? "required" : "schoolOutsideRoster",
        params: record.schoolCode === null ? undefined : { code: record.schoolCode },
      });
      continue;
    }
    rows.push({ ...record, schoolId: school.id });
  }
  return { errors, rows };
}

function toJsonRow(record: PlacedRecord) {
  return {
    school_id: record.schoolId,
    staff_no: record.staffNo,
    name: record.name,
    gender: record.gender,
    birth_date: isoDay(record.birthDate),
    highest_degree: record.highestDegree,
    is_full_time: record.isFullTime,
    subject: record.subject,
    title: record.title,
    backbone_level: record.backboneLevel,
    has_teaching_certificate: record.hasTeachingCertificate,
    training_hours_5y: record.trainingHours5y,
    hired_on: record.hiredOn ? isoDay(record.hiredOn) : null,
  };
}
