import "server-only";
import { type SheetColumn, writeSheet } from "@/lib/excel/sheet-io";
import { writeTemplateBook } from "@/lib/excel/template-workbook";
import zh from "@/lib/i18n/messages/zh/school-data.json";
import { downloadOrStatus, xlsxResponse } from "@/lib/utils/download";
import { businessDay, isoDay } from "@/lib/utils/periods";
import type { ImportColumn, ImportDefinition } from "./spec";
import { SCHOOL_NAME_HEADER } from "./specs/school-code";

/**
 * An import's template, written from its spec (Chinese, the file format): the sheet to fill with the header row and
 * a drop-down list on every coded column, and an instructions sheet with each column's description, accepted words
 * and example, and one example row. `lists` gives the words of a column whose values depend on the user (the towns
 * of the user's scope for the school register).
 */
export function writeTemplate(
  definition: ImportDefinition,
  lists: Readonly<Record<string, readonly string[]>> = {},
): Promise<Buffer> {
  const texts = zh.imports.instructions;
  const choicesOf = (column: ImportColumn) =>
    lists[column.field] ?? (column.choices ? Object.values(column.choices) : undefined);
  return writeTemplateBook({
    sheetName: definition.sheetName,
    columns: definition.allColumns.map((column) => ({ ...fileColumn(column), choices: choicesOf(column) })),
    instructions: {
      sheetName: texts.sheet,
      title: texts.title.replace("{name}", definition.sheetName),
      rules: texts.rules.replace("{sheet}", definition.sheetName),
      table: {
        headers: [texts.column, texts.required, texts.description, texts.choices, texts.example],
        rows: definition.allColumns.map((column) => [
          column.header.zh,
          column.optional ? texts.no : texts.yes,
          column.description.zh,
          acceptedWords(column),
          column.example,
        ]),
      },
      exampleCaption: texts.exampleRow,
      example: definition.allColumns.map((column) => column.example),
    },
  });
}

/** A drop-down column's words, then the other words it reads ("小学、初级中学…（也可：初中、完中…）"). */
function acceptedWords(column: ImportColumn): string {
  if (!column.choices) return "";
  const words = Object.values(column.choices).join("、");
  const others = Object.keys(column.choiceSynonyms ?? {});
  return others.length > 0 ? `${words}（${zh.imports.instructions.alsoRead}${others.join("、")}）` : words;
}

export const templateFileName = (definition: ImportDefinition) => `${definition.sheetName}导入模板.xlsx`;

/** A record of an export: the import's fields, the school's code and name, and whatever `extra` columns show. */
export type ExportRow = { schoolCode: string; schoolName: string } & Record<string, unknown>;

/**
 * The export's columns: the import's columns, each value written as the import reads it (a drop-down's word, a day
 * as YYYY-MM-DD, every value of a record so that no cell is blank that the import requires), so that an exported
 * file can be edited and imported again; the school's name after its code, and `extra` columns at the end.
 */
export function exportColumns<Row extends ExportRow>(
  definition: ImportDefinition,
  extra: readonly SheetColumn<Row>[] = [],
): SheetColumn<Row>[] {
  const [place, ...columns] = definition.allColumns.map((column): SheetColumn<Row> => ({
    ...fileColumn(column),
    value: (row) => cellOf(column, row[column.field]),
  }));
  return [
    place!,
    { header: SCHOOL_NAME_HEADER, width: 28, value: (row) => row.schoolName },
    ...columns,
    ...extra,
  ];
}

/** The export of a school's, a county's or a register's records as a download (its HTTP status when out of scope). */
export function exportDownload<Row>(
  definition: ImportDefinition,
  columns: readonly SheetColumn<Row>[],
  list: () => Promise<{ label: string; rows: Row[] }>,
): Promise<Response> {
  return downloadOrStatus(async () => {
    const { label, rows } = await list();
    return xlsxResponse(
      await writeSheet(definition.sheetName, columns, rows),
      `${label}-${definition.sheetName}-${isoDay(businessDay(new Date()))}.xlsx`,
    );
  });
}

const fileColumn = (column: ImportColumn) => ({ header: column.header.zh, width: column.width });

function cellOf(column: ImportColumn, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (column.choices) return column.choices[String(value)] ?? String(value);
  if (value instanceof Date) return isoDay(value);
  return typeof value === "number" ? value : String(value);
}
