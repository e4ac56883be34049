import "server-only";
import ExcelJS from "exceljs";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { type GridRow, openWorkbook, type ReadLimits, UnreadableWorkbookError } from "./xlsx-reader";

// The quarterly form as an Excel workbook: one row per indicator with its unit, rule and last quarter's value for
// reference; the county fills the value and note columns offline and uploads the file. A hidden sheet names the
// report and the version the file was made from, so an upload over a newer version is refused like a stale save.

const FIRST_ROW = 3;
const COLUMN = { key: 1, name: 2, unit: 3, rule: 4, lastQuarter: 5, value: 6, note: 7 } as const;
const META_SHEET = "meta";

export interface TemplateField {
  key: string;
  name: string;
  unit: string;
  valueType: ValueType;
  lastValue: number | null;
  value: number | null;
  note: string | null;
}

export interface TemplateLabels {
  sheetName: string;
  title: string;
  headers: Record<keyof typeof COLUMN, string>;
  rules: Record<ValueType, string>;
}

export async function buildSubmissionTemplate(
  submission: { id: number; version: number },
  fields: readonly TemplateField[],
  labels: TemplateLabels,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(labels.sheetName);
  sheet.getCell(1, 1).value = labels.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  const headerRow = sheet.getRow(FIRST_ROW - 1);
  for (const [column, index] of Object.entries(COLUMN)) {
    headerRow.getCell(index).value = labels.headers[column as keyof typeof COLUMN];
  }
  headerRow.font = { bold: true };
  fields.forEach((field, offset) => {
    const row = sheet.getRow(FIRST_ROW + offset);
    row.getCell(COLUMN.key).value = field.key;
    row.getCell(COLUMN.name).value = field.name;
    row.getCell(COLUMN.unit).value = field.unit;
    row.getCell(COLUMN.rule).value = labels.rules[field.valueType];
    row.getCell(COLUMN.lastQuarter).value = field.lastValue;
    row.getCell(COLUMN.value).value = field.value;
    row.getCell(COLUMN.note).value = field.note;
    row.getCell(COLUMN.value).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } };
  });
  sheet.columns.forEach((column, index) => {
    column.width = [24, 44, 10, 18, 14, 14, 40][index];
  });
  sheet.views = [{ state: "frozen", ySplit: FIRST_ROW - 1 }];
  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  meta.addRow(["submissionId", submission.id]);
  meta.addRow(["version", submission.version]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ParsedWorkbook {
  submissionId: number;
  version: number;
  /** Form fields as the form sends them (`values.<key>`, `notes.<key>`) */
  fields: Record<string, string>;
  /** Row number of each indicator key, to report errors by row */
  rowOf: Map<string, number>;
  rowErrors: RowError[];
}

export interface RowError {
  row: number;
  key: string;
  /** Message keys (with their parameters) of what is wrong in the row */
  errors: { key: string; params?: Record<string, string | number> }[];
}

/**
 * Reads an uploaded template with the imports' reader and limits (an upload that unpacks to more is unreadable);
 * null when the file is not one of ours (unreadable or without its meta sheet).
 */
export async function parseSubmissionWorkbook(
  buffer: ArrayBuffer,
  knownKeys: ReadonlySet<string>,
  limits: ReadLimits = {},
): Promise<ParsedWorkbook | null> {
  let meta: GridRow[];
  let rows: GridRow[];
  try {
    const workbook = openWorkbook(new Uint8Array(buffer), limits);
    const sheetName = workbook.sheetNames.find((name) => name !== META_SHEET);
    if (!sheetName || !workbook.sheetNames.includes(META_SHEET)) return null;
    meta = [...workbook.rows(META_SHEET)].flat();
    rows = [...workbook.rows(sheetName)].flat();
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return null;
    throw error;
  }
  const metaValue = (row: number) => Number(meta.find((cells) => cells.rowNumber === row)?.values[1] ?? "");
  const submissionId = metaValue(1);
  const version = metaValue(2);
  if (!Number.isInteger(submissionId) || !Number.isInteger(version) || submissionId <= 0) return null;

  const fields: Record<string, string> = {};
  const rowOf = new Map<string, number>();
  const rowErrors: RowError[] = [];
  const cell = (values: string[], column: number) => values[column - 1] ?? "";
  for (const { rowNumber: row, values } of rows) {
    if (row < FIRST_ROW) continue;
    const key = cell(values, COLUMN.key);
    const value = cell(values, COLUMN.value);
    const note = cell(values, COLUMN.note);
    if (key === "" && value === "" && note === "") continue;
    if (!knownKeys.has(key) || rowOf.has(key)) {
      rowErrors.push({ row, key, errors: [{ key: "submissions.unknownIndicator" }] });
      continue;
    }
    rowOf.set(key, row);
    fields[`values.${key}`] = value;
    fields[`notes.${key}`] = note;
  }
  return { submissionId, version, fields, rowOf, rowErrors };
}
