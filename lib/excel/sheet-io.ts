import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { isoDay } from "@/lib/utils/periods";

/** A column of an import template or export: its Chinese header (the file format) and how a record fills it. */
export interface SheetColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | null;
}

export type SheetFormat = "xlsx" | "csv";

/** Rows of a file's first sheet as header → text, numbered as the spreadsheet numbers them (header = row 1). */
export interface SheetRows {
  headers: string[];
  rows: { rowNumber: number; cells: Record<string, string> }[];
}

export function sheetFormatOf(fileName: string): SheetFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".csv")) return "csv";
  return null;
}

/** Reads the first worksheet of an .xlsx or .csv file (UTF-8, with or without BOM) with exceljs. */
export async function readSheet(data: ArrayBuffer, format: SheetFormat): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  const worksheet =
    format === "xlsx"
      ? (await workbook.xlsx.load(data), workbook.worksheets[0])
      : // Cells stay text: exceljs would otherwise turn 教职工编号 like 0012 into numbers and guess at dates.
        await workbook.csv.read(Readable.from(stripBom(Buffer.from(data))), {
          map: (value: string) => value,
          parserOptions: { trim: true },
        });
  if (!worksheet) return { headers: [], rows: [] };
  const headerRow = worksheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = cellText(cell.value);
  });
  const rows: SheetRows["rows"] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let isEmpty = true;
    row.eachCell((cell, column) => {
      const header = headers[column - 1];
      if (!header) return;
      const text = cellText(cell.value);
      if (text !== "") isEmpty = false;
      cells[header] = text;
    });
    if (!isEmpty) rows.push({ rowNumber, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

function stripBom(buffer: Buffer): Buffer {
  return buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDay(value);
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((part) => part.text)
        .join("")
        .trim();
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text).trim();
    if ("error" in value) return "";
  }
  return String(value).trim();
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
