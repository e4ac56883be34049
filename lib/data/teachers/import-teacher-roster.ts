import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  type ImportRowError,
  type ImportSummary,
  MAX_REPORTED_ERRORS,
  NO_ROWS,
  UNREADABLE_FILE,
} from "@/lib/excel/import-result";
import { openSheet, type SheetFormat, type SheetRows, UnreadableSheetError } from "@/lib/excel/sheet-io";
import {
  type RosterRecord,
  rosterRowValidator,
  rosterColumnErrors,
  SCHOOL_CODE_HEADER,
  STAFF_NO_HEADER,
} from "@/lib/excel/teacher-roster";
import type { RosterTarget } from "@/lib/schemas/teachers";
import { isoDay } from "@/lib/utils/periods";
import { type ResolvedRosterTarget, resolveRosterTarget } from "./roster-target";

export type ImportOutcome =
  { status: "invalid"; errors: ImportRowError[] } | { status: "imported"; summary: ImportSummary };

// Rows validated and written per statement. PostgreSQL writes one chunk while the next is validated, so a large
// file costs little more than its reading plus its writing; chunks this size keep each statement's memory small.
const CHUNK_ROWS = 2_000;

/** Thrown inside the transaction to roll it back when a row is invalid: nothing of the file is kept. */
class RejectedImport extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super("Import rejected");
  }
}

/**
 * Imports a roster file into a school's or a county's roster, all or nothing: any invalid row rolls back whatever
 * was written. Teachers are matched on 教职工编号 (unique), so importing the same file again updates them instead of
 * adding duplicates; a staff number held by a teacher outside the roster is an error, never a move.
 */
export async function importTeacherRoster(
  user: SessionUser,
  target: RosterTarget,
  file: { name: string; format: SheetFormat; data: ArrayBuffer },
): Promise<ImportOutcome> {
  assertCan(user, "teachers:edit");
  try {
    return await db().$transaction(
      async (tx) => {
        // The scope first: a forged roster id is NOT_FOUND whatever the file holds.
        const roster = await resolveRosterTarget(tx, user, target);
        const rosterSchoolIds = [...roster.schools.values()].map((school) => school.id);
        const sheet = openSheet(file.data, file.format, CHUNK_ROWS);
        if (!sheet) throw new RejectedImport([UNREADABLE_FILE]);
        const columnErrors = rosterColumnErrors(sheet.headers);
        if (columnErrors.length > 0) throw new RejectedImport(columnErrors);

        const validate = rosterRowValidator();
        const errors: ImportRowError[] = [];
        const writes: Promise<UpsertCounts>[] = [];
        const staffRows = new Map<string, number>();
        try {
          for (const rows of sheet.chunks) {
            const chunk = placeChunk(rows, validate, roster);
            errors.push(...chunk.errors);
            for (const record of chunk.records) staffRows.set(record.staffNo, record.row);
            if (errors.length >= MAX_REPORTED_ERRORS) break;
            if (errors.length === 0 && chunk.records.length > 0) {
              // One statement at a time on the transaction's connection: each chunk's starts when the one before is done.
              const previous = writes.at(-1) ?? Promise.resolve();
              const write = previous.then(() => upsertTeachers(tx, chunk.records, rosterSchoolIds));
              // Awaited below; handled now so that a failure while later chunks are read is not "unhandled".
              write.catch(() => {});
              writes.push(write);
            }
            // Lets the finished statement's reply in, so the next chunk's statement goes out before more reading.
            await new Promise((resolve) => setImmediate(resolve));
          }
        } catch (error) {
          // A workbook broken further in: an error like any other, and what was written is rolled back.
          if (!(error instanceof UnreadableSheetError)) throw error;
          errors.push(UNREADABLE_FILE);
        }
        const counts = await Promise.all(writes);
        if (errors.length > 0) throw new RejectedImport(errors.slice(0, MAX_REPORTED_ERRORS));

        const rows = staffRows.size;
        if (rows === 0) throw new RejectedImport([NO_ROWS]);
        const written = counts.reduce((sum, count) => sum + count.written, 0);
        if (written < rows) throw new RejectedImport(await outsiderErrors(tx, staffRows, rosterSchoolIds));
        const inserted = counts.reduce((sum, count) => sum + count.inserted, 0);
        const summary = { rows, inserted, updated: rows - inserted };
        await recordAudit(tx, user, {
          action: "import",
          entity: "teacher",
          entityId: `${roster.kind}:${roster.id}`,
          after: { fileName: file.name, ...summary },
        });
        return { status: "imported" as const, summary };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof RejectedImport) return { status: "invalid", errors: error.errors };
    throw error;
  }
}

interface UpsertCounts {
  /** Rows inserted or updated: a row whose staff number belongs to a teacher outside the roster is neither */
  written: number;
  inserted: number;
}

function upsertTeachers(tx: Prisma.TransactionClient, rows: PlacedRecord[], rosterSchoolIds: number[]) {
  return tx.$queryRaw<UpsertCounts[]>`
    WITH upserted AS (
      INSERT INTO teachers (school_id, staff_no, name, gender, birth_date, highest_degree, is_full_time, subject,
                            title, backbone_level, has_teaching_certificate, training_hours_5y, hired_on, updated_at)
      SELECT (r->>0)::int, r->>1, r->>2, (r->>3)::gender, (r->>4)::date, (r->>5)::degree, (r->>6)::boolean,
             (r->>7)::subject, (r->>8)::professional_title, (r->>9)::backbone_level, (r->>10)::boolean,
             (r->>11)::int, (r->>12)::date, now()
      -- Rows as JSON arrays in the column order above: PostgreSQL reads them several times faster than objects
      -- through json_to_recordset, and the text sent is about half as long.
      FROM json_array_elements(${JSON.stringify(rows.map(toJsonRow))}::json) AS r
      ON CONFLICT (staff_no) DO UPDATE SET
        school_id = EXCLUDED.school_id, name = EXCLUDED.name, gender = EXCLUDED.gender,
        birth_date = EXCLUDED.birth_date, highest_degree = EXCLUDED.highest_degree,
        is_full_time = EXCLUDED.is_full_time, subject = EXCLUDED.subject, title = EXCLUDED.title,
        backbone_level = EXCLUDED.backbone_level, has_teaching_certificate = EXCLUDED.has_teaching_certificate,
        training_hours_5y = EXCLUDED.training_hours_5y, hired_on = EXCLUDED.hired_on, updated_at = now()
      -- A teacher of another school or county keeps their record: that row is reported, never moved.
      WHERE teachers.school_id = ANY(${rosterSchoolIds}::int[])
      RETURNING (xmax = 0) AS is_new
    )
    SELECT count(*)::int AS written, count(*) FILTER (WHERE is_new)::int AS inserted FROM upserted`.then(
    ([counts]) => counts ?? { written: 0, inserted: 0 },
  );
}

/** The rows whose staff number belongs to a teacher outside the roster (the rows the upsert left alone). */
async function outsiderErrors(
  tx: Prisma.TransactionClient,
  rowOf: Map<string, number>,
  rosterSchoolIds: number[],
): Promise<ImportRowError[]> {
  const outsiders = await tx.$queryRaw<{ staffNo: string }[]>`
    SELECT staff_no AS "staffNo" FROM teachers
    WHERE staff_no = ANY(${[...rowOf.keys()]}::text[]) AND school_id <> ALL(${rosterSchoolIds}::int[])`;
  return outsiders
    .map(({ staffNo }) => ({
      row: rowOf.get(staffNo)!,
      column: STAFF_NO_HEADER,
      key: "staffNoElsewhere",
      params: { staffNo },
    }))
    .sort((a, b) => a.row - b.row);
}

type PlacedRecord = RosterRecord & { schoolId: number };

/** A row's school from its 学校标识码: blank means the school whose roster it is; unknown codes are row errors. */
function placeRecord(
  record: RosterRecord,
  roster: ResolvedRosterTarget,
): { record: PlacedRecord; errors?: undefined } | { errors: ImportRowError[] } {
  const [ownSchool] = roster.kind === "school" ? roster.schools.values() : [];
  const school = record.schoolCode === null ? ownSchool : roster.schools.get(record.schoolCode);
  if (!school)
    return {
      errors: [
        {
          row: record.row,
          column: SCHOOL_CODE_HEADER,
          key: record.schoolCode === null ? "required" : "schoolOutsideRoster",
          params: record.schoolCode === null ? undefined : { code: record.schoolCode },
        },
      ],
    };
  return { record: Object.assign(record, { schoolId: school.id }) };
}

/** Validates one chunk of rows and places each in its school: the records to write and the errors found. */
function placeChunk(
  rows: SheetRows["rows"],
  validate: ReturnType<typeof rosterRowValidator>,
  roster: ResolvedRosterTarget,
): { records: PlacedRecord[]; errors: ImportRowError[] } {
  const records: PlacedRecord[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const result = validate(row);
    const placed = result.errors ? result : placeRecord(result.record, roster);
    if (placed.errors) errors.push(...placed.errors);
    else records.push(placed.record);
  }
  return { records, errors };
}

/** One row in the column order of upsertTeachers's insert. */
function toJsonRow(record: PlacedRecord) {
  return [
    record.schoolId,
    record.staffNo,
    record.name,
    record.gender,
    isoDay(record.birthDate),
    record.highestDegree,
    record.isFullTime,
    record.subject,
    record.title,
    record.backboneLevel,
    record.hasTeachingCertificate,
    record.trainingHours5y,
    record.hiredOn ? isoDay(record.hiredOn) : null,
  ];
}
