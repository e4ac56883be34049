import "server-only";
import { teacherValuesSchema, type TeacherValues } from "@/lib/schemas/teachers";
import { isoDay } from "@/lib/utils/periods";
import { type ImportRowError, rowErrorsOf } from "./import-result";
import {
  BACKBONE_LABELS,
  codeByLabel,
  DEGREE_LABELS,
  FLAG_LABELS,
  GENDER_LABELS,
  STATUS_LABELS,
  SUBJECT_LABELS,
  TITLE_LABELS,
  YES_NO,
} from "./labels";
import type { SheetColumn, SheetRows } from "./sheet-io";

export const SCHOOL_CODE_HEADER = "学校标识码";
export const STAFF_NO_HEADER = "教职工编号";

/** The roster columns in file order: header, the field it fills, and the Chinese words of an enum column. */
const ROSTER_FIELDS = [
  { header: STAFF_NO_HEADER, field: "staffNo" },
  { header: "姓名", field: "name" },
  { header: "性别", field: "gender", labels: GENDER_LABELS },
  { header: "出生日期", field: "birthDate" },
  { header: "最高学历", field: "highestDegree", labels: DEGREE_LABELS },
  { header: "是否专任教师", field: "isFullTime", labels: FLAG_LABELS },
  { header: "任教学科", field: "subject", labels: SUBJECT_LABELS },
  { header: "职称", field: "title", labels: TITLE_LABELS },
  { header: "骨干教师级别", field: "backboneLevel", labels: BACKBONE_LABELS },
  { header: "是否持有教师资格证", field: "hasTeachingCertificate", labels: FLAG_LABELS },
  { header: "五年培训学时", field: "trainingHours5y" },
  { header: "参加工作日期", field: "hiredOn", optional: true },
] as const satisfies readonly {
  header: string;
  field: keyof TeacherValues;
  labels?: Record<string, string>;
  optional?: boolean;
}[];

const HEADER_OF = new Map<string, string>(ROSTER_FIELDS.map((column) => [column.field, column.header]));
const CODES = new Map<string, Map<string, string>>(
  ROSTER_FIELDS.flatMap((column) =>
    "labels" in column ? [[column.field, codeByLabel<string>(column.labels)] as const] : [],
  ),
);

/** The template's headers, for the downloadable file. */
const ROSTER_TEMPLATE_HEADERS = [SCHOOL_CODE_HEADER, ...ROSTER_FIELDS.map((column) => column.header)];

export interface RosterRecord extends TeacherValues {
  row: number;
  /** Blank in a school's own file: the school importing it */
  schoolCode: string | null;
}

/** Required columns missing from the file's headers (errors of the file as a whole). */
export function rosterColumnErrors(headers: readonly string[]): ImportRowError[] {
  return ROSTER_FIELDS.filter((column) => !("optional" in column) && !headers.includes(column.header)).map(
    (column) => ({ row: 1, column: column.header, key: "missingColumn" }),
  );
}

export type RosterRowResult = { record: RosterRecord; errors?: undefined } | { errors: ImportRowError[] };

/**
 * Validates roster rows one at a time (each cell, then the row with the form's schema), remembering the staff
 * numbers seen so that one repeated within the file is an error of the later row.
 */
export function rosterRowValidator(): (row: SheetRows["rows"][number]) => RosterRowResult {
  const firstRowOfStaffNo = new Map<string, number>();
  return ({ rowNumber, cells }) => {
    const errors: ImportRowError[] = [];
    const raw: Record<string, unknown> = {};
    for (const column of ROSTER_FIELDS) {
      const text = cells[column.header] ?? "";
      const codes = CODES.get(column.field);
      if (!codes || text === "") {
        raw[column.field] = text;
        continue;
      }
      const code = codes.get(text);
      if (code === undefined) {
        errors.push({ row: rowNumber, column: column.header, key: "unknownChoice", params: { value: text } });
        continue;
      }
      raw[column.field] = code;
    }
    const parsed = teacherValuesSchema.safeParse(raw);
    if (!parsed.success) {
      // A cell already reported as an unknown choice is not reported again as missing.
      const reported = new Set(errors.map((error) => error.column));
      for (const error of rowErrorsOf(rowNumber, parsed.error, (field) => HEADER_OF.get(field)))
        if (!reported.has(error.column)) errors.push(error);
      return { errors };
    }
    if (errors.length > 0) return { errors };
    const firstRow = firstRowOfStaffNo.get(parsed.data.staffNo);
    if (firstRow !== undefined)
      return {
        errors: [
          {
            row: rowNumber,
            column: HEADER_OF.get("staffNo")!,
            key: "duplicateInFile",
            params: { row: firstRow },
          },
        ],
      };
    firstRowOfStaffNo.set(parsed.data.staffNo, rowNumber);
    // Extends zod's fresh output object rather than copying it: this runs once per row of files of 10,000 rows.
    return {
      record: Object.assign(parsed.data, { row: rowNumber, schoolCode: cells[SCHOOL_CODE_HEADER] || null }),
    };
  };
}

export interface RosterExportRow {
  schoolCode: string;
  schoolName: string;
  staffNo: string;
  name: string;
  gender: keyof typeof GENDER_LABELS;
  birthDate: Date;
  highestDegree: keyof typeof DEGREE_LABELS;
  isFullTime: boolean;
  subject: keyof typeof SUBJECT_LABELS;
  title: keyof typeof TITLE_LABELS;
  backboneLevel: keyof typeof BACKBONE_LABELS;
  hasTeachingCertificate: boolean;
  trainingHours5y: number;
  hiredOn: Date | null;
  status: keyof typeof STATUS_LABELS;
}

const yesNo = (value: boolean) => (value ? YES_NO.yes : YES_NO.no);

/** The export has the import's columns (so an exported roster can be edited and imported again) plus name and status. */
export const ROSTER_EXPORT_COLUMNS: SheetColumn<RosterExportRow>[] = [
  { header: SCHOOL_CODE_HEADER, value: (row) => row.schoolCode, width: 14 },
  { header: "学校名称", value: (row) => row.schoolName, width: 28 },
  { header: "教职工编号", value: (row) => row.staffNo },
  { header: "姓名", value: (row) => row.name, width: 10 },
  { header: "性别", value: (row) => GENDER_LABELS[row.gender], width: 6 },
  { header: "出生日期", value: (row) => isoDay(row.birthDate), width: 12 },
  { header: "最高学历", value: (row) => DEGREE_LABELS[row.highestDegree], width: 10 },
  { header: "是否专任教师", value: (row) => yesNo(row.isFullTime), width: 8 },
  { header: "任教学科", value: (row) => SUBJECT_LABELS[row.subject], width: 10 },
  { header: "职称", value: (row) => TITLE_LABELS[row.title], width: 10 },
  { header: "骨干教师级别", value: (row) => BACKBONE_LABELS[row.backboneLevel], width: 8 },
  { header: "是否持有教师资格证", value: (row) => yesNo(row.hasTeachingCertificate), width: 8 },
  { header: "五年培训学时", value: (row) => row.trainingHours5y, width: 8 },
  { header: "参加工作日期", value: (row) => (row.hiredOn ? isoDay(row.hiredOn) : null), width: 12 },
  { header: "状态", value: (row) => STATUS_LABELS[row.status], width: 6 },
];

export const ROSTER_TEMPLATE_COLUMNS: SheetColumn<never>[] = ROSTER_TEMPLATE_HEADERS.map((header) => ({
  header,
  value: () => null,
}));
