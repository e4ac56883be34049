import "server-only";
import ExcelJS from "exceljs";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { type GridRow, openWorkbook, type ReadLimits, UnreadableWorkbookError } from "./xlsx-reader";

// The quarterly form as an Excel workbook: one row per indicator named in the user's language, with its unit, rule
// and last quarter's value for reference; the county fills the value and note columns offline and uploads the file.
// The indicator's code, which the upload reads each row by, is a hidden first column. An instructions sheet follows;
// a yes/no indicator's value cell has a drop-down of 1 and 0, and each value cell a check of its rule. A hidden
// sheet names the report and the version the file was made from, so an upload over a newer version is refused like
// a stale save.

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
  /** The instructions sheet: its name and its lines */
  instructions: { sheetName: string; lines: readonly string[] };
}

/** Excel's own check of a value cell, by the rule of the indicator's type (a warning: the upload checks again). */
function valueValidation(valueType: ValueType, rule: string): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "warning" as const, error: rule };
  switch (valueType) {
    case "BOOLEAN":
      return { ...common, type: "list", formulae: ['"1,0"'] };
    case "COUNT":
      return { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [0] };
    case "PERCENT":
      return { ...common, type: "decimal", operator: "between", formulae: [0, 100] };
    default:
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [0] };
  }
}

export async function buildSubmissionTemplate(
  submission: { id: number; version: number },
  fields: readonly TemplateField[],
  labels: TemplateLabels,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(labels.sheetName);
  sheet.getCell(1, COLUMN.name).value = labels.title;
  sheet.getCell(1, COLUMN.name).font = { bold: true, size: 13 };
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
    row.getCell(COLUMN.value).dataValidation = valueValidation(
      field.valueType,
      labels.rules[field.valueType],
    );
  });
  sheet.columns.forEach((column, index) => {
    column.width = [24, 44, 10, 18, 14, 14, 40][index];
  });
  // The code is what the upload reads; people read the name.
  sheet.getColumn(COLUMN.key).hidden = true;
  sheet.views = [{ state: "frozen", ySplit: FIRST_ROW - 1 }];
  const notes = workbook.addWorksheet(labels.instructions.sheetName);
  notes.getColumn(1).width = 100;
  notes.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  for (const line of labels.instructions.lines) notes.addRow([line]);
  notes.getRow(1).font = { bold: true, size: 13 };
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
  /** The indicator's name as the file's row gives it, for a row whose code the report does not know */
  name?: string;
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
      const name = cell(values, COLUMN.name);
      rowErrors.push({ row, key, name, errors: [{ key: "submissions.unknownIndicator" }] });
      continue;
    }
    rowOf.set(key, row);
    fields[`values.${key}`] = value;
    fields[`notes.${key}`] = note;
  }
  return { submissionId, version, fields, rowOf, rowErrors };
}
