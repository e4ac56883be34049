import "server-only";
import { CsvError, parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type GridRow, type ReadLimits, readFirstWorksheet, UnreadableWorkbookError } from "./xlsx-reader";

export type { GridRow, ReadLimits } from "./xlsx-reader";

/** A column of a written sheet: its header and how a record fills it. */
export interface SheetColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | null;
}

export type SheetFormat = "xlsx" | "csv";

export function sheetFormatOf(fileName: string): SheetFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv")) return "csv";
  return null;
}

/**
 * A file's first sheet: the texts of its first row by column (blank where a column has no header), then its data
 * rows, numbered as the spreadsheet numbers them (header = row 1), in chunks each read when asked for.
 */
export interface SheetStream {
  headers: string[];
  /** May throw UnreadableSheetError for a chunk after the first (a workbook broken further in) */
  chunks: Iterable<GridRow[]>;
}

export { UnreadableWorkbookError as UnreadableSheetError };

/**
 * Opens the first worksheet of an .xlsx file, or a .csv file (UTF-8, with or without BOM; every cell stays text, so
 * 教职工编号 like 0012 keeps its zeros), reading its rows in chunks of about `rowsPerChunk`. Null when the file
 * cannot be read as its format at all, or unpacks to more than the limit.
 */
export function openSheet(
  data: ArrayBuffer,
  format: SheetFormat,
  options: ReadLimits & { rowsPerChunk?: number } = {},
): SheetStream | null {
  const rowsPerChunk = options.rowsPerChunk ?? Infinity;
  const grid =
    format === "xlsx"
      ? readFirstWorksheet(new Uint8Array(data), rowsPerChunk, options)
      : readCsv(data, rowsPerChunk);
  let firstChunk: GridRow[];
  try {
    firstChunk = grid.next().value ?? [];
  } catch (error) {
    if (error instanceof UnreadableWorkbookError || error instanceof CsvError) return null;
    throw error;
  }
  const [first, ...rest] = firstChunk;
  if (!first || first.rowNumber !== 1) return { headers: [], chunks: [] };
  return {
    headers: Array.from(first.values, (value) => value ?? ""),
    chunks: (function* () {
      if (rest.length > 0) yield rest;
      yield* grid;
    })(),
  };
}

/** The whole first sheet at once (see openSheet); null when it cannot be read, even further in. */
export function readSheet(
  data: ArrayBuffer,
  format: SheetFormat,
  limits: ReadLimits = {},
): { headers: string[]; rows: GridRow[] } | null {
  const sheet = openSheet(data, format, limits);
  if (!sheet) return null;
  try {
    return { headers: sheet.headers, rows: [...sheet.chunks].flat() };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return null;
    throw error;
  }
}

/** CSV records as grid rows, numbered as a spreadsheet shows them (a quoted line break stays within its row). */
function* readCsv(data: ArrayBuffer, rowsPerChunk: number): Generator<GridRow[]> {
  const records: string[][] = parseCsv(Buffer.from(data), { bom: true, relax_column_count: true });
  // Trimmed inside quotes too, as the .xlsx reader trims every cell; blank cells are holes, as in the .xlsx rows.
  const rows = records.flatMap((record, index) => {
    const values: string[] = [];
    record.forEach((value, column) => {
      const text = value.trim();
      if (text !== "") values[column] = text;
    });
    return values.length > 0 ? [{ rowNumber: index + 1, values }] : [];
  });
  for (let start = 0; start < rows.length; start += rowsPerChunk)
    yield rows.slice(start, start + rowsPerChunk);
}

/** One sheet with a bold, frozen header row; an empty `rows` gives the import template. */
export async function writeSheet<Row>(
  sheetName: string,
  columns: readonly SheetColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns.map((column) => ({ header: column.header, width: column.width ?? 14 }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(columns.map((column) => column.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
