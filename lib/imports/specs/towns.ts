import en from "@/lib/i18n/messages/en/geography.json";
import zh from "@/lib/i18n/messages/zh/geography.json";
import { townAssignmentSchema } from "@/lib/schemas/divisions";
import type { PlaceColumn } from "../spec";
import { defineImport } from "../spec";

/** 乡镇(街道): a town of the city, by its 9-digit 统计用区划代码 or its name (a shared name must be the code). */
const TOWN_COLUMN: PlaceColumn = {
  field: "townId",
  places: "towns",
  header: { zh: "乡镇(街道)", en: "Town" },
  description: { zh: zh.imports.towns.columns.town, en: en.imports.towns.columns.town },
  synonyms: ["乡镇街道", "乡镇名称", "乡镇代码", "乡镇(街道)代码"],
  example: "许商街道",
  width: 16,
};

/**
 * Which county or functional zone each town of the city belongs to, from which day (decision 0026): a functional
 * zone's towns in one file. One row per town; a town already in the county named is unchanged.
 */
export const TOWN_ASSIGNMENT_IMPORT = defineImport(
  {
    kind: "towns",
    sheetName: "乡镇归属",
    place: TOWN_COLUMN,
    schema: townAssignmentSchema,
    unique: { field: "townId", key: (record) => String(record.townId) },
    columns: [
      {
        field: "county",
        header: ["所属县(市、区)或功能区", "County or functional zone"],
        synonyms: ["所属县市区", "所属功能区", "县(市、区)", "县市区", "功能区", "划入"],
        example: "商河经济开发区",
        width: 24,
      },
      {
        field: "effectiveOn",
        header: ["划转日期", "Day of the move"],
        synonyms: ["生效日期", "划转生效日期"],
        optional: true,
        example: "2026-01-01",
        width: 12,
      },
    ],
  },
  { descriptions: { zh: zh.imports.towns.columns, en: en.imports.towns.columns } },
);
