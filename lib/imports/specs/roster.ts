import en from "@/lib/i18n/messages/en/school-data.json";
import zh from "@/lib/i18n/messages/zh/school-data.json";
import type { TeacherStatus } from "@/lib/generated/prisma/enums";
import { type TeacherValues, teacherValuesSchema } from "@/lib/schemas/teachers";
import { exportColumns } from "../files";
import { defineImport } from "../spec";
import { SCHOOL_CODE_COLUMN, YES_NO } from "./school-code";

// The drop-down words are the app's own Chinese words for each value, so that the roster page, the template and the
// export say the same thing; words of earlier templates stay readable as synonyms.
const WORDS = zh.teachers.enums;

/** The teacher roster file: one row per teacher, matched on 教职工编号 (decision record 0008). */
export const ROSTER_IMPORT = defineImport(
  {
    kind: "roster",
    sheetName: "教师名册",
    place: SCHOOL_CODE_COLUMN,
    schema: teacherValuesSchema,
    unique: { field: "staffNo", key: (record) => record.staffNo },
    columns: [
      { field: "staffNo", header: ["教职工编号", "Staff number"], synonyms: ["工号"], example: "T2010-0012" },
      { field: "name", header: ["姓名", "Name"], example: "王芳", width: 10 },
      { field: "gender", header: ["性别", "Gender"], choices: WORDS.gender, example: "女", width: 6 },
      { field: "birthDate", header: ["出生日期", "Date of birth"], example: "1988-04-12", width: 12 },
      {
        field: "highestDegree",
        header: ["最高学历", "Highest degree"],
        choices: WORDS.degree,
        example: "本科",
      },
      {
        field: "isFullTime",
        header: ["是否专任教师", "Full-time teacher"],
        ...YES_NO,
        example: "是",
        width: 8,
      },
      {
        field: "subject",
        header: ["任教学科", "Subject"],
        choices: WORDS.subject,
        example: "语文",
        width: 10,
      },
      { field: "title", header: ["职称", "Professional title"], choices: WORDS.title, example: "一级教师" },
      {
        field: "backboneLevel",
        header: ["骨干教师级别", "Backbone teacher level"],
        choices: WORDS.backbone,
        choiceSynonyms: { 县级: "COUNTY", 市级: "CITY", 省级: "PROVINCE" },
        example: "无",
        width: 8,
      },
      {
        field: "hasTeachingCertificate",
        header: ["是否持有教师资格证", "Holds a teaching certificate"],
        ...YES_NO,
        example: "是",
      },
      {
        field: "trainingHours5y",
        header: ["五年培训学时", "Training hours (5 years)"],
        example: "360",
        width: 8,
      },
      {
        field: "hiredOn",
        header: ["参加工作日期", "Started work on"],
        synonyms: ["参加工作时间", "参加工作年月"],
        optional: true,
        example: "2010-09-01",
      },
    ],
  },
  {
    descriptions: { zh: zh.imports.roster.columns, en: en.imports.roster.columns },
    formLabels: zh.teachers.fields,
  },
);

export type RosterExportRow = Omit<TeacherValues, "hiredOn"> & {
  hiredOn: Date | null;
  schoolCode: string;
  schoolName: string;
  status: TeacherStatus;
};

/** The import's columns plus the teacher's status (which the import leaves alone: leaving is an audited action). */
export const ROSTER_EXPORT_COLUMNS = exportColumns<RosterExportRow>(ROSTER_IMPORT, [
  { header: "状态", width: 6, value: (row) => WORDS.status[row.status] },
]);
