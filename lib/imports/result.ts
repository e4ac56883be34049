// What an import reports back: row-level errors (row number as the spreadsheet shows it, the column's header, an
// i18n key under `validation.`) or the counts of what it wrote. Nothing is written while any error remains.
import type { z } from "zod";
import type { MessageParams } from "@/lib/actions/action-state";

export interface ImportRowError {
  row: number;
  /** The column's Chinese header (as the template has it), or null for the row or the file as a whole */
  column: string | null;
  key: string;
  params?: MessageParams;
}

export interface ImportSummary {
  rows: number;
  inserted: number;
  updated: number;
  /** Rows that matched a stored record with the same values (imports that count them: the school register) */
  unchanged?: number;
}

export type ImportOutcome =
  { status: "invalid"; errors: ImportRowError[] } | { status: "imported"; summary: ImportSummary };

/** The error of a file that cannot be read as .xlsx or .csv at all (not a workbook, broken, or a zip bomb). */
export const UNREADABLE_FILE: ImportRowError = { row: 1, column: null, key: "unreadableFile" };

export const NO_ROWS: ImportRowError = { row: 2, column: null, key: "noRows" };

/** Imports stop collecting after this many errors: the file needs fixing either way, and the page stays readable. */
export const MAX_REPORTED_ERRORS = 200;

/** A zod failure of one row as row errors, with each field named by its column header. */
export function rowErrorsOf(
  row: number,
  error: z.ZodError,
  headerOf: (field: string) => string | undefined,
): ImportRowError[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const params: MessageParams = {};
    if ("minimum" in issue && issue.minimum !== undefined) params.min = Number(issue.minimum);
    if ("maximum" in issue && issue.maximum !== undefined) params.max = Number(issue.maximum);
    const key = /^[a-zA-Z][a-zA-Z0-9_.]*$/.test(issue.message) ? issue.message : "invalid";
    return { row, column: headerOf(field) ?? null, key, params };
  });
}

export type ImportActionData = { summary: ImportSummary } | { rowErrors: ImportRowError[] };
