import en from "@/lib/i18n/messages/en/school-data.json";
import zh from "@/lib/i18n/messages/zh/school-data.json";
import type {
  BackboneLevel,
  Degree,
  ProfessionalTitle,
  Subject,
  TeacherStatus,
} from "@/lib/generated/prisma/enums";
import { type RosterRow, rosterRowSchema } from "@/lib/schemas/teachers";
import { exportColumns } from "../files";
import { defineImport } from "../spec";
import { SCHOOL_CODE_COLUMN, YES_NO } from "./school-code";

// The drop-down words are the app's own Chinese words for each value, so that the roster page, the template and the
// export say the same thing; words of earlier templates and everyday words read as synonyms.
const WORDS = zh.teachers.enums;

const DEGREE_SYNONYMS: Record<string, Degree> = {
  博士: "POSTGRADUATE",
  硕士: "POSTGRADUATE",
  博士研究生: "POSTGRADUATE",
  硕士研究生: "POSTGRADUATE",
  大学本科: "BACHELOR",
  大专: "ASSOCIATE",
  大学专科: "ASSOCIATE",
  高中: "HIGH_SCHOOL_OR_BELOW",
  中专: "HIGH_SCHOOL_OR_BELOW",
  中师: "HIGH_SCHOOL_OR_BELOW",
  初中: "HIGH_SCHOOL_OR_BELOW",
  初中及以下: "HIGH_SCHOOL_OR_BELOW",
};

// The titles before the 2015 reform read as the titles they became (人社部发〔2015〕79号): 中学高级 → 高级; 中学一级
// and 小学高级 → 一级; 中学二级 and 小学一级 → 二级; 中学三级, 小学二级 and 小学三级 → 三级.
const TITLE_SYNONYMS: Record<string, ProfessionalTitle> = {
  无: "UNRANKED",
  无职称: "UNRANKED",
  未评: "UNRANKED",
  未评级: "UNRANKED",
  三级: "THIRD",
  二级: "SECOND",
  一级: "FIRST",
  高级: "SENIOR",
  正高级: "PROFESSOR",
  正高: "PROFESSOR",
  副高: "SENIOR",
  中学高级教师: "SENIOR",
  中学一级教师: "FIRST",
  小学高级教师: "FIRST",
  中学二级教师: "SECOND",
  小学一级教师: "SECOND",
  中学三级教师: "THIRD",
  小学二级教师: "THIRD",
  小学三级教师: "THIRD",
};

const BACKBONE_SYNONYMS: Record<string, BackboneLevel> = {
  否: "NONE",
  非骨干: "NONE",
  县级: "COUNTY",
  县级骨干教师: "COUNTY",
  区级骨干: "COUNTY",
  县骨干: "COUNTY",
  市级: "CITY",
  市级骨干教师: "CITY",
  市骨干: "CITY",
  省级: "PROVINCE",
  省级骨干教师: "PROVINCE",
  省骨干: "PROVINCE",
};

const SUBJECT_SYNONYMS: Record<string, Subject> = {
  思想品德: "MORALITY_LAW",
  品德与社会: "MORALITY_LAW",
  品德与生活: "MORALITY_LAW",
  思品: "MORALITY_LAW",
  政治: "MORALITY_LAW",
  思想政治: "MORALITY_LAW",
  信息技术: "IT",
  体育: "PE",
  心理: "PSYCHOLOGY",
  心理健康教育: "PSYCHOLOGY",
  劳动教育: "LABOR",
  幼儿教育: "PRESCHOOL",
  特教: "SPECIAL_EDUCATION",
};

const STATUS_SYNONYMS: Record<string, TeacherStatus> = {
  在职: "ACTIVE",
  在编在岗: "ACTIVE",
  病休: "ON_LEAVE",
  长期病休: "ON_LEAVE",
  调出: "LEFT",
  离职: "LEFT",
  辞职: "LEFT",
  已退休: "RETIRED",
};

/** The teacher roster file: one row per teacher, matched on 教职工编号 (decision record 0008). */
export const ROSTER_IMPORT = defineImport(
  {
    kind: "roster",
    sheetName: "教师名册",
    place: SCHOOL_CODE_COLUMN,
    schema: rosterRowSchema,
    unique: { field: "staffNo", key: (record) => record.staffNo },
    columns: [
      { field: "staffNo", header: ["教职工编号", "Staff number"], synonyms: ["工号"], example: "T2010-0012" },
      { field: "name", header: ["姓名", "Name"], example: "王芳", width: 10 },
      {
        field: "gender",
        header: ["性别", "Gender"],
        choices: WORDS.gender,
        choiceSynonyms: { 男性: "MALE", 女性: "FEMALE" },
        example: "女",
        width: 6,
      },
      { field: "birthDate", header: ["出生日期", "Date of birth"], example: "1988-04-12", width: 12 },
      {
        field: "highestDegree",
        header: ["最高学历", "Highest degree"],
        choices: WORDS.degree,
        choiceSynonyms: DEGREE_SYNONYMS,
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
        choiceSynonyms: SUBJECT_SYNONYMS,
        example: "语文",
        width: 10,
      },
      {
        field: "title",
        header: ["职称", "Professional title"],
        synonyms: ["专业技术职务"],
        choices: WORDS.title,
        choiceSynonyms: TITLE_SYNONYMS,
        example: "一级教师",
      },
      {
        field: "backboneLevel",
        header: ["骨干教师级别", "Backbone teacher level"],
        choices: WORDS.backbone,
        choiceSynonyms: BACKBONE_SYNONYMS,
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
      {
        field: "status",
        header: ["状态", "Status"],
        synonyms: ["在岗状态", "人员状态"],
        choices: WORDS.status,
        choiceSynonyms: STATUS_SYNONYMS,
        optional: true,
        example: "在岗",
        width: 8,
      },
      {
        field: "leftOn",
        header: ["离开日期", "Left on"],
        synonyms: ["调离日期", "退休日期"],
        optional: true,
        example: "",
      },
    ],
  },
  {
    descriptions: { zh: zh.imports.roster.columns, en: en.imports.roster.columns },
    formLabels: zh.teachers.fields,
  },
);

export type RosterExportRow = Omit<RosterRow, "hiredOn" | "status" | "leftOn"> & {
  hiredOn: Date | null;
  schoolCode: string;
  schoolName: string;
  status: TeacherStatus;
  leftOn: Date | null;
};

/** The import's columns, the teacher's status and leaving day included, so that an export imports back unchanged. */
export const ROSTER_EXPORT_COLUMNS = exportColumns<RosterExportRow>(ROSTER_IMPORT);
