import "server-only";
import type { z } from "zod";
import { openSheet, type ReadLimits, type SheetFormat, UnreadableSheetError } from "@/lib/excel/sheet-io";
import {
  type ImportOutcome,
  type ImportRowError,
  MAX_REPORTED_ERRORS,
  NO_ROWS,
  UNREADABLE_FILE,
} from "./result";
import { bindColumns, type ImportScope, rowValidator } from "./rows";
import type { ImportDefinition, PlacedRecord } from "./spec";

export type { ImportScope } from "./rows";

/** An uploaded .xlsx or .csv file. */
export interface UploadedSheet {
  name: string;
  format: SheetFormat;
  data: ArrayBuffer;
}

export interface WriteCounts {
  /** Rows inserted or updated; a row the statement left alone (its key held outside the scope) is neither */
  written: number;
  inserted: number;
  /** Rows already stored with the same values, left alone (only a writer that tells them apart counts them) */
  unchanged?: number;
}

/** Where an import's records go: the data layer's statement, run inside the import's transaction. */
export interface ImportWriter<Record> {
  write(records: Record[]): Promise<WriteCounts>;
  /** The errors of the rows the writes left alone; `rowOfKey` maps each row's unique key to its row */
  unwritten?(rowOfKey: ReadonlyMap<string, number>): Promise<ImportRowError[]>;
}

// Rows validated and written per statement. PostgreSQL writes one chunk while the next is validated, so a large
// file costs little more than its reading plus its writing; chunks this size keep each statement's memory small.
const CHUNK_ROWS = 2_000;

/**
 * The one import pipeline (decision record 0016): opens the sheet, binds its columns to the spec, validates each row
 * and places it in a school of the scope, and hands each chunk of valid records to the writer while the next chunk
 * is read. The first invalid row stops the writing; validation goes on to report every error (up to
 * MAX_REPORTED_ERRORS). The caller runs this inside one transaction and rolls it back on "invalid", so nothing of
 * a rejected file stays.
 */
export async function readAndWrite<Schema extends z.ZodObject>(
  definition: ImportDefinition<Schema>,
  file: UploadedSheet,
  scope: ImportScope,
  writer: ImportWriter<PlacedRecord<z.output<Schema>>>,
  options: ReadLimits & { rowsPerChunk?: number } = {},
): Promise<ImportOutcome> {
  const invalid = (errors: ImportRowError[]): ImportOutcome => ({
    status: "invalid",
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
  });
  const sheet = openSheet(file.data, file.format, { rowsPerChunk: CHUNK_ROWS, ...options });
  if (!sheet) return invalid([UNREADABLE_FILE]);
  const bound = bindColumns(definition, sheet.headers, scope);
  if (bound.errors.length > 0) return invalid(bound.errors);

  const { validate, rowOfKey } = rowValidator(definition, bound.columns, scope);
  const errors: ImportRowError[] = [];
  const writes: Promise<WriteCounts>[] = [];
  try {
    for (const rows of sheet.chunks) {
      const records: PlacedRecord<z.output<Schema>>[] = [];
      for (const row of rows) {
        const result = validate(row);
        if (result.errors) errors.push(...result.errors);
        else records.push(result.record);
      }
      if (errors.length >= MAX_REPORTED_ERRORS) break;
      if (errors.length === 0 && records.length > 0) {
        // One statement at a time on the transaction's connection: each chunk's starts when the one before is done.
        const previous = writes.at(-1) ?? Promise.resolve();
        const write = previous.then(() => writer.write(records));
        // Awaited below; handled now so that a failure while later chunks are read is not "unhandled".
        write.catch(() => {});
        writes.push(write);
      }
      // Lets the finished statement's reply in, so the next chunk's statement goes out before more reading.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    // A workbook broken further in: an error like any other, and what was written is rolled back.
    if (!(error instanceof UnreadableSheetError)) throw error;
    errors.push(UNREADABLE_FILE);
  }
  const counts = await Promise.all(writes);
  if (errors.length > 0) return invalid(errors);

  const rows = rowOfKey.size;
  if (rows === 0) return invalid([NO_ROWS]);
  const written = counts.reduce((sum, count) => sum + count.written, 0);
  const unchanged = counts.some((count) => count.unchanged !== undefined)
    ? counts.reduce((sum, count) => sum + (count.unchanged ?? 0), 0)
    : undefined;
  if (written + (unchanged ?? 0) < rows) {
    const unwritten = (await writer.unwritten?.(rowOfKey)) ?? [];
    if (unwritten.length === 0) throw new Error(`The import wrote ${written} of ${rows} rows`);
    return invalid(unwritten);
  }
  const inserted = counts.reduce((sum, count) => sum + count.inserted, 0);
  if (unchanged === undefined)
    return { status: "imported", summary: { rows, inserted, updated: rows - inserted } };
  return { status: "imported", summary: { rows, inserted, updated: written - inserted, unchanged } };
}
