// Facility files for import tests, written in the export's columns (which the import reads).
import { FACILITY_EXPORT_COLUMNS, type FacilityExportRow } from "@/lib/imports/specs/facilities";
import { writeSheet } from "@/lib/excel/sheet-io";

/** A plausible single-stage primary school's record. */
export function facilityRow(school: { code: string; name: string }, schoolYear: number): FacilityExportRow {
  return {
    schoolCode: school.code,
    schoolName: school.name,
    schoolYear,
    enrolmentPreschool: 0,
    enrolmentPrimary: 600,
    enrolmentJunior: 0,
    enrolmentSenior: 0,
    enrolmentSpecial: 0,
    classes: 14,
    largestClassSize: 45,
    classesOverStandardSize: 0,
    buildingArea: 6000,
    teachingAuxArea: 3000,
    siteArea: 20000,
    sportsAreaIndoor: 400,
    sportsAreaOutdoor: 5000,
    books: 24000,
    equipmentValue: 1500000,
    multimediaClassrooms: 16,
    musicRooms: 1,
    artRooms: 1,
    bandwidthMbps: 1000,
    minClassroomBandwidthMbps: 100,
    hasStudio: true,
    hasCanteen: true,
    hasLaborSite: true,
    hasSpecialEdResourceRoom: false,
  };
}

export async function facilityXlsx(rows: readonly FacilityExportRow[]): Promise<ArrayBuffer> {
  const buffer = await writeSheet("办学条件", FACILITY_EXPORT_COLUMNS, rows);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
