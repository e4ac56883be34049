import core from "@/lib/i18n/messages/zh/core.json";
import en from "@/lib/i18n/messages/en/schools.json";
import zh from "@/lib/i18n/messages/zh/schools.json";
import type { Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import { URBAN_RURAL_CODE_LIST, type UrbanRuralCode } from "@/lib/indicators/urban-rural-code";
import { type SchoolFieldsInput, schoolImportRowSchema } from "@/lib/schemas/schools";
import type { SheetColumn } from "@/lib/excel/sheet-io";
import type { PlaceColumn } from "../spec";
import { defineImport } from "../spec";
import { YES_NO } from "./school-code";

/**
 * 乡镇（街道）: the town a school lies in, by its 9-digit 统计用区划代码 or its name, among the towns of the importer's
 * scope (a county officer: its county's; city staff: the city's). A name two towns of the scope share must be given
 * as the code.
 */
const TOWN_COLUMN: PlaceColumn = {
  field: "townId",
  places: "towns",
  header: { zh: "乡镇(街道)", en: "Town" },
  description: { zh: zh.imports.schools.columns.town, en: en.imports.schools.columns.town },
  synonyms: ["乡镇街道", "所在乡镇", "乡镇名称", "乡镇代码", "乡镇(街道)代码"],
  example: "许商街道",
  width: 14,
};

// 城乡分类代码 are offered with their NBS names ("220 村庄"); the bare code and the bare name read too. The class
// words 城区 / 镇区 / 乡村 are NOT accepted: each covers two or three codes, and the code is what the register keeps
// (decision 0022).
const URBAN_RURAL_WORDS = Object.fromEntries(
  URBAN_RURAL_CODE_LIST.map((code) => [code, `${code} ${zh.schools.urbanRuralCodes[code]}`]),
) as Record<UrbanRuralCode, string>;
const URBAN_RURAL_NAMES = Object.fromEntries(
  URBAN_RURAL_CODE_LIST.map((code) => [zh.schools.urbanRuralCodes[code], code]),
);

/** Everyday words for a school's level, as bureaus write them. */
const LEVEL_SYNONYMS: Record<string, SchoolLevel> = {
  初中: "JUNIOR",
  九年一贯制: "NINE_YEAR",
  十二年一贯制: "TWELVE_YEAR",
  完中: "COMPLETE_SECONDARY",
  高中: "SENIOR_HIGH",
  普通高中: "SENIOR_HIGH",
  特教学校: "SPECIAL_EDUCATION",
  特殊教育: "SPECIAL_EDUCATION",
  中职: "VOCATIONAL",
  职业高中: "VOCATIONAL",
  职高: "VOCATIONAL",
};

// 普惠 alone is not read: public kindergartens are 普惠性 too.
const OWNERSHIP_SYNONYMS: Record<string, Ownership> = {
  公立: "PUBLIC",
  普惠民办: "PRIVATE_INCLUSIVE",
  民办普惠: "PRIVATE_INCLUSIVE",
  私立: "PRIVATE",
};

/** The school register: one row per school, matched on 学校标识码, so that a second import updates (decision 0022). */
export const SCHOOL_IMPORT = defineImport(
  {
    kind: "schools",
    sheetName: "学校名录",
    place: TOWN_COLUMN,
    schema: schoolImportRowSchema,
    unique: { field: "code", key: (record) => record.code },
    columns: [
      {
        field: "code",
        header: ["学校标识码", "School code"],
        synonyms: ["学校代码", "学校识别码"],
        example: "3701261001",
        width: 14,
      },
      { field: "name", header: ["学校名称", "School name"], example: "商河县许商街道中心小学", width: 28 },
      {
        field: "level",
        header: ["学段类型", "Level"],
        synonyms: ["学校类型", "办学类型", "学段"],
        choices: core.enums.schoolLevel,
        choiceSynonyms: LEVEL_SYNONYMS,
        example: "小学",
      },
      {
        field: "ownership",
        header: ["办学性质", "Ownership"],
        choices: core.enums.ownership,
        choiceSynonyms: OWNERSHIP_SYNONYMS,
        example: "公办",
        width: 10,
      },
      {
        field: "urbanRuralCode",
        header: ["城乡分类代码", "Urban-rural code"],
        synonyms: ["统计用城乡分类代码", "城乡分类", "城乡代码"],
        choices: URBAN_RURAL_WORDS,
        choiceSynonyms: URBAN_RURAL_NAMES,
        example: "121 镇中心区",
      },
      {
        field: "isTownSeat",
        header: ["是否镇驻地学校", "Town-seat school"],
        ...YES_NO,
        example: "是",
        width: 10,
      },
      {
        field: "isTownCentralKindergarten",
        header: ["是否镇中心幼儿园", "Town central kindergarten"],
        ...YES_NO,
        example: "否",
        width: 10,
      },
      {
        field: "isBoarding",
        header: ["是否寄宿制学校", "Boarding school"],
        synonyms: ["寄宿制学校", "寄宿制", "是否寄宿"],
        ...YES_NO,
        example: "否",
        width: 10,
      },
      {
        // Optional: files written before the column existed import as before, every change dated today.
        field: "effectiveOn",
        header: ["生效日期", "Effective date"],
        synonyms: ["变更日期", "变更生效日期"],
        optional: true,
        example: "2025-09-01",
        width: 12,
      },
    ],
  },
  {
    descriptions: { zh: zh.imports.schools.columns, en: en.imports.schools.columns },
    formLabels: zh.schools.fields,
  },
);

/** A school as the export writes it: its fields, its town as the import reads it, and its county and status. */
export type SchoolExportRow = Omit<SchoolFieldsInput, "townId" | "urbanRuralCode"> & {
  /** Null for a school entered before the register kept the code */
  urbanRuralCode: UrbanRuralCode | null;
  town: string;
  county: string;
  isActive: boolean;
};

/**
 * The export's columns: the template's, in its order, each value as the import reads it, then 县（市、区） and 状态,
 * which the import ignores (closing is an audited action of its own), so that an exported list imports unchanged.
 */
export const SCHOOL_EXPORT_COLUMNS: SheetColumn<SchoolExportRow>[] = [
  ...SCHOOL_IMPORT.allColumns.map((column): SheetColumn<SchoolExportRow> => ({
    header: column.header.zh,
    width: column.width,
    value: (row) => {
      if (column.field === "townId") return row.town;
      // The day of a change is for the file that makes one: an export leaves it blank.
      if (column.field === "effectiveOn") return null;
      const value = row[column.field as keyof SchoolExportRow];
      return column.choices ? (column.choices[String(value)] ?? null) : String(value);
    },
  })),
  { header: zh.schools.fields.county, width: 14, value: (row) => row.county },
  {
    header: zh.schools.fields.status,
    width: 8,
    value: (row) => zh.schools.statuses[row.isActive ? "active" : "closed"],
  },
];
