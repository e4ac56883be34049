// The towns' assignment import spec (decision 0026): a town by name or code, its county or zone by name, the day of
// the move; and its template with drop-downs of the city's towns and counties.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeTemplate } from "@/lib/imports/files";
import { type ImportWriter, readAndWrite } from "@/lib/imports/pipeline";
import type { PlacedRecord } from "@/lib/imports/spec";
import { TOWN_ASSIGNMENT_IMPORT } from "@/lib/imports/specs/towns";
import { indexTowns } from "@/lib/imports/towns";

const SCOPE = {
  kind: "city" as const,
  schools: new Map(),
  towns: indexTowns([
    { id: 1, code: "370126001", name: "许商街道", countyId: 10, cityId: 1 },
    { id: 2, code: "370126101", name: "殷巷镇", countyId: 10, cityId: 1 },
  ]),
};

async function importCsv(lines: string[]) {
  const written: PlacedRecord<Record<string, unknown>>[] = [];
  const writer: ImportWriter<PlacedRecord<Record<string, unknown>>> = {
    async write(records) {
      written.push(...records);
      return { written: records.length, inserted: 0 };
    },
  };
  const data = new TextEncoder().encode(lines.join("\n")).buffer as ArrayBuffer;
  const outcome = await readAndWrite(
    TOWN_ASSIGNMENT_IMPORT,
    { name: "towns.csv", format: "csv", data },
    SCOPE,
    writer,
  );
  return { outcome, written };
}

describe("the towns' assignment import", () => {
  it("reads a town by name or code, the county as written, and the day (blank: none)", async () => {
    const { outcome, written } = await importCsv([
      "乡镇代码,划入,生效日期",
      "许商街道,商河经济开发区,2026-07-01",
      "370126101, 商河县 ,",
    ]);
    expect(outcome.status).toBe("imported");
    expect(written).toEqual([
      { row: 2, townId: 1, county: "商河经济开发区", effectiveOn: new Date("2026-07-01T00:00:00Z") },
      { row: 3, townId: 2, county: "商河县", effectiveOn: undefined },
    ]);
  });

  it("reports an unknown town, a missing county, a bad day and a town given twice by row and column", async () => {
    const { outcome, written } = await importCsv([
      "乡镇(街道),所属县(市、区)或功能区,划转日期",
      "不存在镇,商河县,",
      "许商街道,,2026/13/01",
      "殷巷镇,商河县,",
      "370126101,商河县,",
    ]);
    expect(written).toEqual([]);
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 2, column: "乡镇(街道)", key: "townOutsideImport", params: { town: "不存在镇" } },
        { row: 3, column: "所属县(市、区)或功能区", key: "required", params: { min: 1 } },
        { row: 3, column: "划转日期", key: "dateFormat", params: {} },
        { row: 5, column: "乡镇(街道)", key: "duplicateInFile", params: { row: 4 } },
      ],
    });
  });
});

describe("the towns' assignment template", () => {
  it("offers the city's towns and counties as drop-downs, with instructions and an example row", async () => {
    const buffer = await writeTemplate(TOWN_ASSIGNMENT_IMPORT, {
      townId: ["许商街道", "殷巷镇"],
      county: ["商河县", "商河经济开发区", "济阳区"],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["乡镇归属", "填写说明", "选项"]);
    const data = workbook.worksheets[0]!;
    expect(data.getRow(1).values).toEqual([undefined, "乡镇(街道)", "所属县(市、区)或功能区", "划转日期"]);
    const listOf = (cell: string) => data.getCell(cell).dataValidation?.formulae?.[0];
    expect(["A2", "B2", "C2"].map(listOf)).toEqual(["'选项'!$A$1:$A$2", "'选项'!$B$1:$B$3", undefined]);
    const notes = workbook.getWorksheet("填写说明")!;
    const texts = notes.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(texts.at(-1)).toEqual(["许商街道", "商河经济开发区", "2026-01-01"]);
  });
});
