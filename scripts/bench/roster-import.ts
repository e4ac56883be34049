// Import benchmark: a 10,000-row roster .xlsx through the real import path (the data function the import page's
// action calls), compared with PostgreSQL COPY of the same rows into the same table (the floor).
// The database must hold the demo data (it imports into 商河县 as its county officer); the imported teachers are
// deleted afterwards, so the database is left as it was but for the imports' audit records.
import pg from "pg";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { db } from "@/lib/db";
import { readSheet } from "@/lib/excel/sheet-io";
import { bindColumns, rowValidator } from "@/lib/imports/rows";
import { ROSTER_IMPORT } from "@/lib/imports/specs/roster";
import { isoDay } from "@/lib/utils/periods";
import { rosterCsv, rosterRows, rosterXlsx } from "@/tests/support/roster-file";
import { sessionUserWhere } from "@/tests/support/session-user";

const ROWS = 10_000;
const OFFICER = "jinan.shanghe";
// Imports and COPY runs are each the median of five: one run on a shared 2-core machine varies by a quarter.
const IMPORT_RUNS = ["X0", "X1", "X2", "X3", "X4"];
const COPY_RUNS = 5;

export async function benchRosterImport(databaseUrl: string): Promise<Record<string, number>> {
  // db() reads DATABASE_URL on first use: the benchmark must be the first user of the client in this process.
  process.env.DATABASE_URL = databaseUrl;
  const actor = await sessionUserWhere({ loginName: OFFICER }, { sessionId: "bench", ip: null });
  const schools = await db().school.findMany({
    where: { countyId: actor.countyId!, isActive: true },
    select: { id: true, code: true, name: true },
  });
  const prefix = `B${Date.now().toString(36).toUpperCase()}`;
  const target = { kind: "county" as const, id: actor.countyId! };
  // Each measured import gets rows of its own (new staff numbers), so each one inserts all of them.
  const rowsOf = (run: string) => rosterRows(ROWS, schools, `${prefix}${run}`);
  const xlsxOf = async (run: string) => ({
    name: "bench.xlsx",
    format: "xlsx" as const,
    data: await rosterXlsx(rowsOf(run)),
  });
  const removeRun = (run: string) =>
    db().teacher.deleteMany({ where: { staffNo: { startsWith: `${prefix}${run}` } } });

  try {
    // The floor first, while none of these staff numbers exists: COPY of the same rows into teachers itself.
    const copyMs = await copyFloor(databaseUrl, rowsOf("F"), schools);

    // Warm-up (connection pool, first-query setup): a 100-row file of the same path, not measured.
    await importTeacherRoster(actor, target, {
      name: "warm.xlsx",
      format: "xlsx",
      data: await rosterXlsx(rosterRows(100, schools, `${prefix}W`)),
    });
    const importTimes: number[] = [];
    for (const run of IMPORT_RUNS) {
      const file = await xlsxOf(run);
      const started = performance.now();
      const outcome = await importTeacherRoster(actor, target, file);
      importTimes.push(performance.now() - started);
      if (outcome.status !== "imported" || outcome.summary.inserted !== ROWS)
        throw new Error(
          `The benchmark import did not insert ${ROWS} rows: ${JSON.stringify(outcome).slice(0, 500)}`,
        );
      if (run !== IMPORT_RUNS.at(-1)) await removeRun(run);
    }
    const importMs = median(importTimes);

    // The last file again: every row matches a teacher by staff number and is updated.
    const file = await xlsxOf(IMPORT_RUNS.at(-1)!);
    let started = performance.now();
    const again = await importTeacherRoster(actor, target, file);
    const reimportMs = performance.now() - started;
    if (again.status !== "imported" || again.summary.updated !== ROWS)
      throw new Error("The benchmark re-import did not update every row.");

    // The same number of new teachers from a CSV file (no zip or XML to decode).
    const csvData = rosterCsv(rowsOf("C"));
    started = performance.now();
    const csv = await importTeacherRoster(actor, target, { name: "bench.csv", format: "csv", data: csvData });
    const csvImportMs = performance.now() - started;
    if (csv.status !== "imported" || csv.summary.inserted !== ROWS)
      throw new Error("The benchmark CSV import did not insert every row.");

    // Where the time goes: reading the file and validating (and placing) its rows, each timed on its own (median
    // of three). The import overlaps them with the write (PostgreSQL writes one chunk while the next is read), so
    // the three add up to more than the import.
    const scope = {
      kind: "county" as const,
      schools: new Map(schools.map((school) => [school.code, { id: school.id }])),
    };
    const readTimes: number[] = [];
    const validateTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      started = performance.now();
      const sheet = readSheet(file.data, "xlsx")!;
      readTimes.push(performance.now() - started);
      started = performance.now();
      const { validate } = rowValidator(
        ROSTER_IMPORT,
        bindColumns(ROSTER_IMPORT, sheet.headers, scope).columns,
        scope,
      );
      for (const row of sheet.rows) validate(row);
      validateTimes.push(performance.now() - started);
    }
    const readMs = median(readTimes);
    const validateMs = median(validateTimes);

    return {
      rows: ROWS,
      fileBytes: file.data.byteLength,
      importMs: round(importMs),
      rowsPerSecond: Math.round(ROWS / (importMs / 1000)),
      reimportMs: round(reimportMs),
      csvImportMs: round(csvImportMs),
      csvRowsPerSecond: Math.round(ROWS / (csvImportMs / 1000)),
      readXlsxMs: round(readMs),
      validateMs: round(validateMs),
      copyMs: round(copyMs),
      copyRowsPerSecond: Math.round(ROWS / (copyMs / 1000)),
      ratioToCopy: round(importMs / copyMs),
    };
  } finally {
    await db().teacher.deleteMany({ where: { staffNo: { startsWith: prefix } } });
  }
}

/**
 * COPY of the same rows (school ids resolved, as the import writes them) into `teachers` itself, in a transaction
 * that is rolled back: the same table, indexes and write-ahead log as the import.
 */
async function copyFloor(
  databaseUrl: string,
  rows: ReturnType<typeof rosterRows>,
  schools: { code: string }[],
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = await client.query<{ code: string; id: number }>(
      "SELECT code, id FROM schools WHERE code = ANY($1::text[])",
      [schools.map((school) => school.code)],
    );
    const idOf = new Map(ids.rows.map((row) => [row.code, row.id]));
    const now = new Date().toISOString();
    const csv = rows
      .map((row) =>
        [
          idOf.get(row.schoolCode),
          row.staffNo,
          row.name,
          row.gender,
          isoDay(row.birthDate),
          row.highestDegree,
          row.isFullTime,
          row.subject,
          row.title,
          row.backboneLevel,
          row.hasTeachingCertificate,
          row.trainingHours5y,
          row.hiredOn ? isoDay(row.hiredOn) : "",
          now,
        ].join(","),
      )
      .join("\n");
    const times: number[] = [];
    for (let round = 0; round < COPY_RUNS; round++) {
      await client.query("BEGIN");
      const started = performance.now();
      await client.query(
        new CopyFrom(
          `COPY teachers (school_id, staff_no, name, gender, birth_date, highest_degree, is_full_time, subject, title,
             backbone_level, has_teaching_certificate, training_hours_5y, hired_on, updated_at) FROM STDIN WITH (FORMAT csv)`,
          Buffer.from(`${csv}\n`),
        ),
      );
      times.push(performance.now() - started);
      await client.query("ROLLBACK");
    }
    return median(times);
  } finally {
    await client.end();
  }
}

/**
 * COPY … FROM STDIN as a pg Submittable (the protocol part of pg-copy-streams, which this project does not depend
 * on): sends the whole buffer once the server asks for data.
 */
class CopyFrom {
  private resolve!: () => void;
  private reject!: (error: Error) => void;
  private failed = false;
  readonly done = new Promise<void>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });
  constructor(
    private readonly text: string,
    private readonly data: Buffer,
  ) {}
  submit(connection: { query(text: string): void }) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }) {
    connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }
  handleCommandComplete() {}
  handleError(error: Error) {
    this.failed = true;
    this.reject(error);
  }
  handleReadyForQuery() {
    if (!this.failed) this.resolve();
  }
  then<T>(onFulfilled: () => T, onRejected: (error: Error) => T) {
    return this.done.then(onFulfilled, onRejected);
  }
}

const round = (value: number) => Math.round(value * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
