import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importFile } from "@/lib/data/imports/import-file";
import { upsertRows } from "@/lib/data/imports/upsert-rows";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome } from "@/lib/imports/result";
import { headerOf } from "@/lib/imports/spec";
import { ROSTER_IMPORT } from "@/lib/imports/specs/roster";
import type { PlaceTarget } from "@/lib/schemas/places";

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

const ROSTER: DataImport<typeof ROSTER_IMPORT.schema> = {
  definition: ROSTER_IMPORT,
  permission: "teachers:edit",
  auditEntity: "teacher",
  writer: (tx, place) => {
    const schoolIds = [...place.schools.values()].map((school) => school.id);
    return {
      write: (records) => upsertTeachers(tx, records, { scopeIds: schoolIds }),
      // The rows whose staff number belongs to a teacher outside the place: the upsert left them alone.
      async unwritten(rowOfStaffNo) {
        const outsiders = await tx.$queryRaw<{ staffNo: string }[]>`
          SELECT staff_no AS "staffNo" FROM teachers
          WHERE staff_no = ANY(${[...rowOfStaffNo.keys()]}::text[]) AND school_id <> ALL(${schoolIds}::int[])`;
        return outsiders
          .map(({ staffNo }) => ({
            row: rowOfStaffNo.get(staffNo)!,
            column: headerOf(ROSTER_IMPORT, "staffNo"),
            key: "staffNoElsewhere",
            params: { staffNo },
          }))
          .sort((a, b) => a.row - b.row);
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
