import en from "@/lib/i18n/messages/en/school-data.json";
import zh from "@/lib/i18n/messages/zh/school-data.json";
import {
  type FacilityField,
  FACILITY_FIELDS,
  FACILITY_FIELD_NAMES,
  facilityValuesSchema,
  type FacilityValues,
} from "@/lib/schemas/facilities";
import { exportColumns } from "../files";
import { defineImport, type ImportColumnSpec } from "../spec";
import { SCHOOL_CODE_COLUMN, YES_NO } from "./school-code";

/**
 * The file's header of each facility field (the file format: a number's header carries its unit) and a value of a
 * plausible single-stage primary school; the example row passes every cross-field rule.
 */
const FILE_FIELDS: Record<FacilityField, [header: string, example: string]> = {
  enrolmentPreschool: ["学前在园幼儿数(人)", "0"],
  enrolmentPrimary: ["小学在校生数(人)", "600"],
  enrolmentJunior: ["初中在校生数(人)", "0"],
  enrolmentSenior: ["高中在校生数(人)", "0"],
  enrolmentSpecial: ["特教在校生数(人)", "0"],
  classes: ["班级数(个)", "14"],
  largestClassSize: ["最大班额(人)", "45"],
  classesOverStandardSize: ["超标准班额班级数(个)", "0"],
  buildingArea: ["校舍建筑面积(平方米)", "6000"],
  teachingAuxArea: ["教学及辅助用房面积(平方米)", "3000"],
  siteArea: ["占地面积(平方米)", "20000"],
  sportsAreaIndoor: ["室内体育场馆面积(平方米)", "400"],
  sportsAreaOutdoor: ["室外运动场地面积(平方米)", "5000"],
  books: ["图书(册)", "24000"],
  equipmentValue: ["教学仪器设备值(元)", "1500000"],
  multimediaClassrooms: ["网络多媒体教室(间)", "16"],
  musicRooms: ["音乐专用教室(间)", "1"],
  artRooms: ["美术专用教室(间)", "1"],
  bandwidthMbps: ["学校出口带宽(Mbps)", "1000"],
  minClassroomBandwidthMbps: ["最低班级带宽(Mbps)", "100"],
  hasStudio: ["是否有录播教室", "是"],
  hasCanteen: ["是否有食堂", "是"],
  hasLaborSite: ["是否有劳动实践场所", "是"],
  hasSpecialEdResourceRoom: ["是否有特教资源教室", "否"],
};

const kindOf = (field: FacilityField) => {
  const { unit } = FACILITY_FIELDS[field];
  return unit === null ? "flag" : unit === "m2" || unit === "cny" ? "amount" : "count";
};

/** A facility field's column; its English header and its description come from the form's label and unit. */
function facilityColumn(field: FacilityField): ImportColumnSpec<FacilityField> {
  const [header, example] = FILE_FIELDS[field];
  const { unit } = FACILITY_FIELDS[field];
  const nameEn = en.facilities.fields[field];
  if (unit === null)
    return { field, header: [header, nameEn], synonyms: [zh.facilities.fields[field]], ...YES_NO, example };
  return { field, header: [header, `${nameEn} (${en.facilities.units[unit]})`], example, width: 16 };
}

/** Each field's description: its unit and what kind of number it takes, in both languages. */
function descriptions(locale: typeof zh | typeof en): Record<string, string> {
  const texts = locale.imports.columns;
  return {
    ...locale.imports.facilities.columns,
    ...Object.fromEntries(
      FACILITY_FIELD_NAMES.map((field) => {
        const unit = FACILITY_FIELDS[field].unit;
        return [
          field,
          texts[kindOf(field)].replace("{unit}", unit === null ? "" : locale.facilities.units[unit]),
        ];
      }),
    ),
  };
}

/** Facility records: one row per school and school year; a row for a year already recorded replaces it. */
export const FACILITY_IMPORT = defineImport(
  {
    kind: "facilities",
    sheetName: "办学条件",
    place: SCHOOL_CODE_COLUMN,
    schema: facilityValuesSchema,
    unique: { field: "schoolYear", key: (record) => `${record.schoolId}|${record.schoolYear}` },
    columns: [
      { field: "schoolYear", header: ["学年", "School year"], example: "2025", width: 8 },
      ...FACILITY_FIELD_NAMES.map(facilityColumn),
    ],
  },
  { descriptions: { zh: descriptions(zh), en: descriptions(en) }, formLabels: zh.facilities.fields },
);

export type FacilityExportRow = FacilityValues & { schoolCode: string; schoolName: string };

export const FACILITY_EXPORT_COLUMNS = exportColumns<FacilityExportRow>(FACILITY_IMPORT);
