import en from "@/lib/i18n/messages/en/school-data.json";
import zh from "@/lib/i18n/messages/zh/school-data.json";
import type { PlaceColumn } from "../spec";

/** 学校标识码: the national 10-digit school code, which places a row in a school of the import's scope. */
export const SCHOOL_CODE_COLUMN: PlaceColumn = {
  field: "schoolCode",
  places: "schools",
  header: { zh: "学校标识码", en: "School code" },
  description: { zh: zh.imports.columns.schoolCode, en: en.imports.columns.schoolCode },
  synonyms: ["学校代码", "学校识别码"],
  example: "3137001234",
  width: 14,
};

/** Exports write the school's name beside its code; imports ignore the column. */
export const SCHOOL_NAME_HEADER = "学校名称";

/** A yes/no column, read into the form's checkbox values ("true"/"false"): 是/否, a tick or cross, Y/N, 1/0. */
export const YES_NO = {
  choices: { true: "是", false: "否" },
  choiceSynonyms: {
    1: "true",
    0: "false",
    "√": "true",
    "✓": "true",
    "×": "false",
    "✗": "false",
    Y: "true",
    N: "false",
    yes: "true",
    no: "false",
  },
} as const;
