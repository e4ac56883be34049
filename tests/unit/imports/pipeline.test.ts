import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildSubmissionTemplate, parseSubmissionWorkbook } from "@/lib/excel/submission-workbook";
import { type ImportScope, type ImportWriter, readAndWrite, type WriteCounts } from "@/lib/imports/pipeline";
import { type ColumnTexts, defineImport, type ImportColumnSpec, type PlacedRecord } from "@/lib/imports/spec";
import { SCHOOL_CODE_COLUMN } from "@/lib/imports/specs/school-code";

// The pipeline on a small import of its own: a code, a drop-down, a number with a unit and an optional note.
const schema = z.object({
  code: z.string().trim().min(1, "required"),
  level: z.enum(["LOW", "HIGH"], { error: "required" }),
  count: z.coerce.number({ error: "invalid" }).int("wholeNumber").min(0, "nonNegative"),
  note: z.string().optional(),
});
type Values = z.output<typeof schema>;

const COLUMNS: ImportColumnSpec<keyof Values>[] = [
  { field: "code", header: ["编号", "Code"], synonyms: ["代码"], example: "A-1" },
  {
    field: "level",
    header: ["级别", "Level"],
    choices: { LOW: "低", HIGH: "高" },
    choiceSynonyms: { 初级: "LOW" },
    example: "高",
  },
  { field: "count", header: ["数量(个)", "Count (pieces)"], example: "3" },
  { field: "note", header: ["备注", "Note"], optional: true, example: "无" },
];
const TEXTS: ColumnTexts = {
  descriptions: {
    zh: { code: "编号", level: "级别", count: "数量", note: "备注" },
    en: { code: "Code", level: "Level", count: "Count", note: "Note" },
  },
  formLabels: { count: "件数" },
};
const spec = (columns = COLUMNS) => ({
  kind: "test",
  sheetName: "测试",
  place: SCHOOL_CODE_COLUMN,
  schema,
  unique: { field: "code" as const, key: (record: PlacedRecord<Values>) => record.code },
  columns,
});
const TEST_IMPORT = defineImport(spec(), TEXTS);

const COUNTY: ImportScope = {
  kind: "county",
  schools: new Map([
    ["S1", { id: 11 }],
    ["S2", { id: 12 }],
  ]),
};
const SCHOOL: ImportScope = { kind: "school", schools: new Map([["S1", { id: 11 }]]) };

const csv = (lines: string[]) => ({
  name: "file.csv",
  format: "csv" as const,
  data: new TextEncoder().encode(lines.join("\n")).buffer as ArrayBuffer,
});

/** A writer that keeps each chunk it is given and counts every record as inserted (or `written` as returned). */
function recordingWriter(counts?: (records: PlacedRecord<Values>[]) => WriteCounts) {
  const chunks: PlacedRecord<Values>[][] = [];
  const writer: ImportWriter<PlacedRecord<Values>> = {
    async write(records) {
      chunks.push(records);
      return counts?.(records) ?? { written: records.length, inserted: records.length };
    },
  };
  return { writer, chunks };
}

const run = (lines: string[], scope = COUNTY, writer = recordingWriter().writer, rowsPerChunk?: number) =>
  readAndWrite(TEST_IMPORT, csv(lines), scope, writer, { rowsPerChunk });

describe("defineImport", () => {
  it("indexes every accepted header and drop-down word", () => {
    expect([...TEST_IMPORT.columnOfHeader.keys()].sort()).toEqual(
      [
        "学校标识码",
        "schoolcode",
        "学校代码",
        "学校识别码",
        "编号",
        "code",
        "代码",
        "级别",
        "level",
        "数量(个)",
        "数量",
        "count(pieces)",
        "count",
        "件数",
        "备注",
        "note",
      ].sort(),
    );
    expect(Object.fromEntries(TEST_IMPORT.codesOf.get("level")!)).toEqual({
      低: "LOW",
      low: "LOW",
      高: "HIGH",
      high: "HIGH",
      初级: "LOW",
    });
  });

  it("refuses a spec that cannot be read unambiguously or misses a field", () => {
    const [code, level, count, note] = COLUMNS as [
      ImportColumnSpec,
      ImportColumnSpec,
      ImportColumnSpec,
      ImportColumnSpec,
    ];
    const attempt =
      (columns: ImportColumnSpec[], texts = TEXTS) =>
      () =>
        defineImport(spec(columns as typeof COLUMNS), texts);
    expect(attempt([code, level, count])).toThrow("schema fields without a column: note");
    expect(attempt([code, level, count, note, { ...note, header: ["备注二", "Note 2"] }])).toThrow(
      "field note has two columns",
    );
    expect(attempt([code, level, count, { ...note, header: ["代码", "Remark"] }])).toThrow(
      '"代码" reads as code and as note',
    );
    // "Count (pieces)" and "Count" are one header once the unit is left out.
    expect(attempt([code, level, count, { ...note, header: ["附注", "count"] }])).toThrow(
      '"count" reads as count and as note',
    );
    expect(attempt([code, { ...level, choiceSynonyms: { 高级: "TOP" } }, count, note])).toThrow(
      '"高级" reads as TOP, not a choice',
    );
    expect(attempt([code, { ...level, choices: { LOW: "低", HIGH: "低" } }, count, note])).toThrow(
      '"低" reads as LOW and as HIGH',
    );
    expect(
      attempt([code, level, count, note], {
        ...TEXTS,
        descriptions: { ...TEXTS.descriptions, en: { code: "Code", level: "Level", count: "Count" } },
      }),
    ).toThrow("column note has no description");
  });
});

describe("readAndWrite", () => {
  it("reads headers in English, by synonym or the form's label, in full-width or without the unit, in any order", async () => {
    const { writer, chunks } = recordingWriter();
    const outcome = await run(
      ["Note,LEVEL,代码,学校代码,件数,备注说明", "说明,high,B-2,S2,0,ignored", ",低 ,A-1,S1,7,"],
      COUNTY,
      writer,
    );
    expect(outcome).toEqual({ status: "imported", summary: { rows: 2, inserted: 2, updated: 0 } });
    expect(chunks.flat()).toEqual([
      { code: "B-2", level: "HIGH", count: 0, note: "说明", row: 2, schoolId: 12 },
      { code: "A-1", level: "LOW", count: 7, note: "", row: 3, schoolId: 11 },
    ]);
    for (const header of ["数量（个）", "数量", " Count (pieces) "]) {
      const read = await run([`编号,级别,${header},学校标识码`, "A-1,初级,1,S1"]);
      expect(read.status, header).toBe("imported");
    }
  });

  it("names a missing column, a column given twice, and lets a school's own file leave out the school code", async () => {
    expect(await run(["编号,级别,学校标识码", "A-1,高,S1"])).toEqual({
      status: "invalid",
      errors: [{ row: 1, column: "数量(个)", key: "missingColumn" }],
    });
    expect(await run(["编号,级别,数量,Count,学校标识码", "A-1,高,1,2,S1"])).toEqual({
      status: "invalid",
      errors: [{ row: 1, column: "数量(个)", key: "duplicateColumn" }],
    });
    expect(await run(["编号,级别,数量"], COUNTY)).toMatchObject({
      errors: [{ row: 1, column: "学校标识码", key: "missingColumn" }],
    });
    const { writer, chunks } = recordingWriter();
    expect(await run(["编号,级别,数量", "A-1,高,1"], SCHOOL, writer)).toMatchObject({ status: "imported" });
    expect(chunks.flat()[0]?.schoolId).toBe(11);
  });

  it("reports each row's errors by row and column: place, drop-down word, schema rule, repeat within the file", async () => {
    const { writer, chunks } = recordingWriter();
    const outcome = await run(
      [
        "学校标识码,编号,级别,数量(个)",
        "S1,A-1,高,1",
        ",A-2,低,1",
        "S9,A-3,中,-1",
        "S2,A-1,低,2",
        "S2,A-4,低,2.5",
      ],
      COUNTY,
      writer,
    );
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 3, column: "学校标识码", key: "required" },
        { row: 4, column: "学校标识码", key: "schoolOutsideImport", params: { code: "S9" } },
        { row: 4, column: "级别", key: "unknownChoice", params: { value: "中", choices: "低、高" } },
        { row: 4, column: "数量(个)", key: "nonNegative", params: { min: 0 } },
        { row: 5, column: "编号", key: "duplicateInFile", params: { row: 2 } },
        { row: 6, column: "数量(个)", key: "wholeNumber", params: {} },
      ],
    });
    expect(chunks).toEqual([]);
  });

  it("writes chunk by chunk, each after the one before has finished, while later chunks are read", async () => {
    const events: string[] = [];
    let release!: () => void;
    const firstWriteHeld = new Promise<void>((resolve) => (release = resolve));
    const writer: ImportWriter<PlacedRecord<Values>> = {
      async write(records) {
        const codes = records.map((record) => record.code).join(" ");
        events.push(`start ${codes}`);
        if (events.length === 1) await firstWriteHeld;
        events.push(`end ${codes}`);
        return { written: records.length, inserted: 1 };
      },
    };
    const lines = [
      "学校标识码,编号,级别,数量",
      ...Array.from({ length: 7 }, (_, i) => `S1,C${i + 1},高,${i}`),
    ];
    // Chunks of three rows of the sheet, the header row being the first chunk's first.
    const outcome = run(lines, COUNTY, writer, 3);
    // The first statement is held: the rest of the file is read meanwhile, and no second statement starts.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(["start C1 C2"]);
    release();
    expect(await outcome).toEqual({ status: "imported", summary: { rows: 7, inserted: 3, updated: 4 } });
    expect(events).toEqual([
      "start C1 C2",
      "end C1 C2",
      "start C3 C4 C5",
      "end C3 C4 C5",
      "start C6 C7",
      "end C6 C7",
    ]);
  });

  it("stops writing at the first invalid row but reports every error, up to 200", async () => {
    const { writer, chunks } = recordingWriter();
    const rows = Array.from({ length: 400 }, (_, i) => `S1,C${i},高,${i < 5 ? 1 : -1}`);
    const outcome = await run(["学校标识码,编号,级别,数量", ...rows], COUNTY, writer, 2);
    // Row 7 (C5) is the first invalid one: its chunk and every later one are only validated.
    expect(chunks.map((chunk) => chunk.map((record) => record.code))).toEqual([
      ["C0"],
      ["C1", "C2"],
      ["C3", "C4"],
    ]);
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.errors).toHaveLength(200);
    expect(outcome.errors[0]).toEqual({ row: 7, column: "数量(个)", key: "nonNegative", params: { min: 0 } });
  });

  it("asks the writer to name rows it left alone, and refuses a file without rows", async () => {
    const writer: ImportWriter<PlacedRecord<Values>> = {
      write: async (records) => ({ written: records.length - 1, inserted: 0 }),
      unwritten: async (rowOfKey) => [{ row: rowOfKey.get("B")!, column: "编号", key: "heldElsewhere" }],
    };
    expect(await run(["学校标识码,编号,级别,数量", "S1,A,高,1", "S1,B,高,1"], COUNTY, writer)).toEqual({
      status: "invalid",
      errors: [{ row: 3, column: "编号", key: "heldElsewhere" }],
    });
    const silent = recordingWriter(() => ({ written: 0, inserted: 0 })).writer;
    await expect(run(["学校标识码,编号,级别,数量", "S1,A,高,1"], COUNTY, silent)).rejects.toThrow(
      "wrote 0 of 1 rows",
    );
    expect(await run(["学校标识码,编号,级别,数量", ",,,"])).toEqual({
      status: "invalid",
      errors: [{ row: 2, column: null, key: "noRows" }],
    });
  });
});

describe("the unpacked-size limit", () => {
  /** An .xlsx whose sheet unpacks to about 1.6 MB (it compresses to a few KB). */
  function bulkyWorkbook(): ArrayBuffer {
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
    const rows = ["学校标识码", "编号", "级别", "数量", "备注"].map(cell).join("");
    const data = Array.from(
      { length: 1_000 },
      (_, i) => `<row>${[`S1`, `C${i}`, "高", "1", "备".repeat(500)].map(cell).join("")}</row>`,
    );
    const zip = zipSync({
      "xl/workbook.xml": strToU8(
        `<workbook ${main} xmlns:r="${rel}"><sheets><sheet name="测试" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<worksheet ${main}><sheetData><row>${rows}</row>${data.join("")}</sheetData></worksheet>`,
      ),
    });
    return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
  }

  it("makes an import's file unreadable once inflating it passes the limit", async () => {
    const data = bulkyWorkbook();
    expect(data.byteLength).toBeLessThan(100_000);
    const file = { name: "bulky.xlsx", format: "xlsx" as const, data };
    const { writer } = recordingWriter();
    expect(await readAndWrite(TEST_IMPORT, file, COUNTY, writer, { maxUnpackedBytes: 1_000_000 })).toEqual({
      status: "invalid",
      errors: [{ row: 1, column: null, key: "unreadableFile" }],
    });
    expect(await readAndWrite(TEST_IMPORT, file, COUNTY, writer)).toEqual({
      status: "imported",
      summary: { rows: 1_000, inserted: 1_000, updated: 0 },
    });
  });

  it("applies to report templates as to imports", async () => {
    const template = await buildSubmissionTemplate(
      { id: 7, version: 3 },
      Array.from({ length: 300 }, (_, i) => ({
        key: `k${i}`,
        name: `指标${i}`,
        unit: "个",
        valueType: "COUNT" as const,
        lastValue: i,
        value: i,
        note: `${i}${"说明".repeat(400)}`,
      })),
      {
        sheetName: "季度调度",
        title: "测试",
        // Headers and rules as their own keys: the reader does not look at them.
        headers: {
          key: "key",
          name: "name",
          unit: "unit",
          rule: "rule",
          lastQuarter: "last",
          value: "value",
          note: "note",
        },
        rules: { COUNT: "", PERCENT: "", AMOUNT: "", RATIO: "", DECIMAL: "", BOOLEAN: "" },
        instructions: { sheetName: "说明", lines: [] },
      },
    );
    const data = new Uint8Array(template).buffer;
    const keys = new Set(Array.from({ length: 300 }, (_, i) => `k${i}`));
    expect(await parseSubmissionWorkbook(data, keys, { maxUnpackedBytes: 500_000 })).toBeNull();
    const parsed = await parseSubmissionWorkbook(data, keys);
    expect(parsed).toMatchObject({ submissionId: 7, version: 3, rowErrors: [] });
    expect(parsed?.fields["values.k299"]).toBe("299");
  });
});
