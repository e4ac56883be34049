import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importFile } from "@/lib/data/imports/import-file";
import { upsertRows } from "@/lib/data/imports/upsert-rows";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome, ImportRowError } from "@/lib/imports/result";
import { headerOf, type PlacedRecord } from "@/lib/imports/spec";
import { ROSTER_IMPORT } from "@/lib/imports/specs/roster";
import type { PlaceTarget } from "@/lib/schemas/places";
import type { RosterRow } from "@/lib/schemas/teachers";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TeacherStatus } from "@/lib/generated/prisma/enums";
import zh from "@/lib/i18n/messages/zh/school-data.json";
import { isoDay } from "@/lib/utils/periods";
import { TEACHER_WORKFLOW } from "@/lib/workflows/teachers";

const STATUS_WORDS = zh.teachers.enums.status;

const upsertTeachers = upsertRows({
  table: "teachers",
  key: ["staffNo"],
  fields: {
    schoolId: "int",
    staffNo: "text",
    name: "text",
    gender: "gender",
    birthDate: "date",
    highestDegree: "degree",
    isFullTime: "boolean",
    subject: "subject",
    title: "professional_title",
    backboneLevel: "backbone_level",
    hasTeachingCertificate: "boolean",
    trainingHours5y: "int",
    hiredOn: "date",
  },
  isVersioned: true,
});

type RosterRecord = PlacedRecord<RosterRow>;

const DEPARTED: readonly TeacherStatus[] = TEACHER_WORKFLOW.sets.departed;
const CURRENT: readonly TeacherStatus[] = TEACHER_WORKFLOW.sets.current;

/**
 * The status (状态) and leaving day (离开日期) of the chunk's rows that give one, after their values were written: a
 * teacher still on the roster takes the file's status and day (leaving ends their principal's or vice-principal's
 * post on that day, as the roster's 调离/退休 does), and the indicators stop counting them, as for any leaver.
 */
async function writeStatuses(
  tx: Prisma.TransactionClient,
  records: readonly RosterRecord[],
  schoolIds: readonly number[],
) {
  const given = records.filter((record) => record.status !== undefined);
  if (given.length === 0) return;
  const json = JSON.stringify(
    given.map((record) => [record.staffNo, record.status, record.leftOn ? isoDay(record.leftOn) : null]),
  );
  const left = await tx.$queryRaw<{ id: number; leftOn: Date }[]>`
    UPDATE teachers AS t
    SET status = (r->>1)::teacher_status, left_on = (r->>2)::date, version = t.version + 1, updated_at = now()
    FROM json_array_elements(${json}::json) AS r
    WHERE t.staff_no = r->>0 AND t.school_id = ANY(${schoolIds}::int[])
      AND t.status = ANY(${CURRENT}::teacher_status[])
      AND (t.status, t.left_on) IS DISTINCT FROM ((r->>1)::teacher_status, (r->>2)::date)
    RETURNING t.id, t.left_on AS "leftOn"`;
  const leavers = left.filter((teacher) => teacher.leftOn !== null);
  if (leavers.length === 0) return;
  await tx.$executeRaw`
    UPDATE school_posts AS p SET ended_on = l.left_on
    FROM json_to_recordset(${JSON.stringify(leavers.map(({ id, leftOn }) => ({ id, left_on: isoDay(leftOn) })))}::json)
      AS l (id int, left_on date)
    WHERE p.teacher_id = l.id AND p.ended_on IS NULL`;
}

/**
 * The rows of the chunk that would change a departed teacher's status or leaving day: a departed teacher's record
 * of leaving stays as it was (TEACHER_WORKFLOW), so such a row is an error, and the chunk is written without it.
 */
async function departedConflicts(
  tx: Prisma.TransactionClient,
  records: readonly RosterRecord[],
  schoolIds: readonly number[],
): Promise<ImportRowError[]> {
  const withStatus = records.filter((record) => record.status !== undefined);
  if (withStatus.length === 0) return [];
  const departed = await tx.$queryRaw<{ staffNo: string; status: TeacherStatus; leftOn: Date | null }[]>`
    SELECT staff_no AS "staffNo", status, left_on AS "leftOn" FROM teachers
    WHERE staff_no = ANY(${withStatus.map((record) => record.staffNo)}::text[])
      AND school_id = ANY(${schoolIds}::int[]) AND status = ANY(${DEPARTED}::teacher_status[])`;
  const stored = new Map(departed.map((teacher) => [teacher.staffNo, teacher]));
  return withStatus.flatMap((record) => {
    const teacher = stored.get(record.staffNo);
    if (!teacher) return [];
    const sameDay = (teacher.leftOn?.getTime() ?? null) === (record.leftOn?.getTime() ?? null);
    if (teacher.status === record.status && sameDay) return [];
    return [
      {
        row: record.row,
        column: headerOf(ROSTER_IMPORT, "status"),
        key: "teacherAlreadyDeparted",
        params: {
          staffNo: record.staffNo,
          status: STATUS_WORDS[teacher.status],
          day: teacher.leftOn ? isoDay(teacher.leftOn) : "",
        },
      },
    ];
  });
}

const ROSTER: DataImport<typeof ROSTER_IMPORT.schema> = {
  definition: ROSTER_IMPORT,
  permission: "teachers:edit",
  auditEntity: "teacher",
  writer: (tx, place) => {
    const schoolIds = [...place.schools.values()].map((school) => school.id);
    const conflicts: ImportRowError[] = [];
    return {
      async write(records) {
        const refused = await departedConflicts(tx, records, schoolIds);
        conflicts.push(...refused);
        const refusedRows = new Set(refused.map((error) => error.row));
        const accepted =
          refused.length > 0 ? records.filter((record) => !refusedRows.has(record.row)) : records;
        const counts = await upsertTeachers(tx, accepted, { scopeIds: schoolIds });
        await writeStatuses(tx, accepted, schoolIds);
        return counts;
      },
      // The rows whose staff number belongs to a teacher outside the place (the upsert left them alone), and those
      // that would change a departed teacher's status.
      async unwritten(rowOfStaffNo) {
        const outsiders = await tx.$queryRaw<{ staffNo: string }[]>`
          SELECT staff_no AS "staffNo" FROM teachers
          WHERE staff_no = ANY(${[...rowOfStaffNo.keys()]}::text[]) AND school_id <> ALL(${schoolIds}::int[])`;
        return [
          ...outsiders.map(({ staffNo }) => ({
            row: rowOfStaffNo.get(staffNo)!,
            column: headerOf(ROSTER_IMPORT, "staffNo"),
            key: "staffNoElsewhere",
            params: { staffNo },
          })),
          ...conflicts,
        ].sort((a, b) => a.row - b.row);
      },
    };
  },
};

/**
 * Imports a roster file into a school's or a county's roster, all or nothing: any invalid row rolls back whatever
 * was written. Teachers are matched on 教职工编号 (unique), so importing the same file again updates them instead of
 * adding duplicates; a staff number held by a teacher outside the roster is an error, never a move.
 */
export function importTeacherRoster(
  user: SessionUser,
  target: PlaceTarget,
  file: UploadedSheet,
): Promise<ImportOutcome> {
  return importFile(user, ROSTER, target, file);
}
