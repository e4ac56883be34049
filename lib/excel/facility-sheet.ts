import "server-only";
import {
  type FacilityField,
  FACILITY_FIELD_NAMES,
  FACILITY_FLAG_FIELDS,
  facilityValuesSchema,
  type FacilityValues,
} from "@/lib/schemas/facilities";
import { type ImportRowError, MAX_REPORTED_ERRORS, NO_ROWS, rowErrorsOf } from "./import-result";
import { FLAG_LABELS, codeByLabel, YES_NO } from "./labels";
import type { SheetColumn, SheetRows } from "./sheet-io";
import { SCHOOL_CODE_HEADER } from "./teacher-roster";

const SCHOOL_YEAR_HEADER = "学年";

/** Chinese headers of the facility file, with units. */
const FACILITY_HEADERS: Record<FacilityField, string> = {
  enrolmentPreschool: "学前在园幼儿数(人)",
  enrolmentPrimary: "小学在校生数(人)",
  enrolmentJunior: "初中在校生数(人)",
  enrolmentSenior: "高中在校生数(人)",
  enrolmentSpecial: "特教在校生数(人)",
  classes: "班级数(个)",
  largestClassSize: "最大班额(人)",
  classesOverStandardSize: "超标准班额班级数(个)",
  buildingArea: "校舍建筑面积(平方米)",
  teachingAuxArea: "教学及辅助用房面积(平方米)",
  siteArea: "占地面积(平方米)",
  sportsAreaIndoor: "室内体育场馆面积(平方米)",
  sportsAreaOutdoor: "室外运动场地面积(平方米)",
  books: "图书(册)",
  equipmentValue: "教学仪器设备值(元)",
  multimediaClassrooms: "网络多媒体教室(间)",
  musicRooms: "音乐专用教室(间)",
  artRooms: "美术专用教室(间)",
  bandwidthMbps: "学校出口带宽(Mbps)",
  minClassroomBandwidthMbps: "最低班级带宽(Mbps)",
  hasStudio: "是否有录播教室",
  hasCanteen: "是否有食堂",
  hasLaborSite: "是否有劳动实践场所",
  hasSpecialEdResourceRoom: "是否有特教资源教室",
};

const HEADER_OF = new Map<string, string>([
  ["schoolYear", SCHOOL_YEAR_HEADER],
  ...FACILITY_FIELD_NAMES.map((field) => [field, FACILITY_HEADERS[field]] as const),
]);
const FLAG_CODES = codeByLabel(FLAG_LABELS);

export interface FacilityImportRecord extends FacilityValues {
  row: number;
  schoolCode: string;
}

/** Validates every row of a facility file (one row per school and school year); records only when all rows pass. */
export function parseFacilitySheet(
  sheet: SheetRows,
): { records: FacilityImportRecord[]; errors: [] } | { records: null; errors: ImportRowError[] } {
  const missing = [SCHOOL_CODE_HEADER, ...HEADER_OF.values()].filter(
    (header) => !sheet.headers.includes(header),
  );
  if (missing.length > 0)
    return { records: null, errors: missing.map((column) => ({ row: 1, column, key: "missingColumn" })) };
  if (sheet.rows.length === 0) return { records: null, errors: [NO_ROWS] };

  const errors: ImportRowError[] = [];
  const records: FacilityImportRecord[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { rowNumber, cells } of sheet.rows) {
    if (errors.length >= MAX_REPORTED_ERRORS) break;
    const schoolCode = cells[SCHOOL_CODE_HEADER] ?? "";
    if (schoolCode === "") {
      errors.push({ row: rowNumber, column: SCHOOL_CODE_HEADER, key: "required" });
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const [field, header] of HEADER_OF) {
      const text = cells[header] ?? "";
      raw[field] = (FACILITY_FLAG_FIELDS as string[]).includes(field) ? (FLAG_CODES.get(text) ?? text) : text;
    }
    const parsed = facilityValuesSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...rowErrorsOf(rowNumber, parsed.error, (field) => HEADER_OF.get(field)));
      continue;
    }
    const key = `${schoolCode}|${parsed.data.schoolYear}`;
    const firstRow = firstRowOfKey.get(key);
    if (firstRow !== undefined) {
      errors.push({
        row: rowNumber,
        column: SCHOOL_CODE_HEADER,
        key: "duplicateInFile",
        params: { row: firstRow },
      });
      continue;
    }
    firstRowOfKey.set(key, rowNumber);
    records.push({ ...parsed.data, row: rowNumber, schoolCode });
  }
  return errors.length > 0 ? { records: null, errors } : { records, errors: [] };
}

export type FacilityExportRow = FacilityValues & { schoolCode: string; schoolName: string };

/** Import columns plus the school's name; a blank cell would fail the import, so every value is written. */
export const FACILITY_EXPORT_COLUMNS: SheetColumn<FacilityExportRow>[] = [
  { header: SCHOOL_CODE_HEADER, value: (row) => row.schoolCode },
  { header: "学校名称", value: (row) => row.schoolName, width: 28 },
  { header: SCHOOL_YEAR_HEADER, value: (row) => row.schoolYear, width: 8 },
  ...FACILITY_FIELD_NAMES.map((field): SheetColumn<FacilityExportRow> => ({
    header: FACILITY_HEADERS[field],
    width: 16,
    value: (row) => {
      const value = row[field];
      return typeof value === "boolean" ? (value ? YES_NO.yes : YES_NO.no) : value;
    },
  })),
];

export const FACILITY_TEMPLATE_COLUMNS: SheetColumn<never>[] = [
  SCHOOL_CODE_HEADER,
  SCHOOL_YEAR_HEADER,
  ...FACILITY_FIELD_NAMES.map((field) => FACILITY_HEADERS[field]),
].map((header) => ({ header, value: () => null }));
