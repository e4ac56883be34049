import "server-only";
import { type SheetColumn, writeSheet } from "@/lib/excel/sheet-io";
import { downloadOrStatus, xlsxResponse } from "@/lib/utils/download";
import { businessDay, isoDay } from "@/lib/utils/periods";
import type { ImportColumn, ImportDefinition } from "./spec";
import { SCHOOL_NAME_HEADER } from "./specs/school-code";

/** An import's template: the spec's header row (Chinese, the file format), with its column widths. */
export function writeTemplate(definition: ImportDefinition): Promise<Buffer> {
  const columns = definition.allColumns.map((column) => ({ ...fileColumn(column), value: () => null }));
  return writeSheet<never>(definition.sheetName, columns, []);
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

/** The export of a school's or a county's records as a download (its HTTP status when out of scope). */
export function exportDownload<Row extends ExportRow>(
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
