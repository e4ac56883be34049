import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataImport, importFile } from "@/lib/data/imports/import-file";
import { upsertRows } from "@/lib/data/imports/upsert-rows";
import type { UploadedSheet } from "@/lib/imports/pipeline";
import type { ImportOutcome } from "@/lib/imports/result";
import { FACILITY_IMPORT } from "@/lib/imports/specs/facilities";
import { FACILITY_FIELD_NAMES, FACILITY_FIELDS } from "@/lib/schemas/facilities";
import type { PlaceTarget } from "@/lib/schemas/places";

const sqlTypeOf = (unit: string | null) =>
  unit === null ? "boolean" : unit === "m2" || unit === "cny" ? "numeric" : "int";

const upsertFacilityRecords = upsertRows({
  table: "facility_records",
  key: ["schoolId", "schoolYear"],
  fields: {
    schoolId: "int",
    schoolYear: "int",
    ...Object.fromEntries(
      FACILITY_FIELD_NAMES.map((field) => [field, sqlTypeOf(FACILITY_FIELDS[field].unit)]),
    ),
  },
  stamps: { updated_by_id: "int" },
  isVersioned: true,
});

const FACILITIES: DataImport<typeof FACILITY_IMPORT.schema> = {
  definition: FACILITY_IMPORT,
  permission: "facilities:edit",
  auditEntity: "facility_record",
  writer: (tx, place, user) => {
    const schoolIds = [...place.schools.values()].map((school) => school.id);
    return {
      write: (records) => upsertFacilityRecords(tx, records, { scopeIds: schoolIds, stamps: [user.id] }),
    };
  },
};

/**
 * Imports facility records (one row per school and school year) into a school's or a county's schools, all or
 * nothing; a row for an existing school year replaces that record, so importing the same file twice changes nothing.
 */
export function importFacilityRecords(
  user: SessionUser,
  target: PlaceTarget,
  file: UploadedSheet,
): Promise<ImportOutcome> {
  return importFile(user, FACILITIES, target, file);
}
