// The school register's import spec (decision 0022): everyday words, towns by name or code, and the template.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeTemplate } from "@/lib/imports/files";
import { type ImportWriter, readAndWrite } from "@/lib/imports/pipeline";
import type { PlacedRecord } from "@/lib/imports/spec";
import { SCHOOL_EXPORT_COLUMNS, SCHOOL_IMPORT, type SchoolExportRow } from "@/lib/imports/specs/schools";
import { indexTowns, lookUpTown, townCell } from "@/lib/imports/towns";

const TOWNS = [
  { id: 1, code: "370126001", name: "许商街道", countyId: 10, cityId: 1 },
  { id: 2, code: "370126100", name: "玉皇庙镇", countyId: 10, cityId: 1 },
  // Two counties of one city with a town of the same name
  { id: 3, code: "370124100", name: "城关镇", countyId: 11, cityId: 1 },
  { id: 4, code: "370125100", name: "城关镇", countyId: 12, cityId: 1 },
];
const INDEX = indexTowns(TOWNS);
const HEADER =
  "乡镇(街道),学校标识码,学校名称,学段类型,办学性质,城乡分类代码,是否镇驻地学校,是否镇中心幼儿园,是否寄宿制学校";

async function importLines(lines: string[], header = HEADER) {
  const written: PlacedRecord<Record<string, unknown>>[] = [];
  const writer: ImportWriter<PlacedRecord<Record<string, unknown>>> = {
    async write(records) {
      written.push(...records);
      return { written: records.length, inserted: records.length };
    },
  };
  const data = new TextEncoder().encode([header, ...lines].join("\n")).buffer as ArrayBuffer;
  const outcome = await readAndWrite(
    SCHOOL_IMPORT,
    { name: "schools.csv", format: "csv", data },
    { kind: "city", schools: new Map(), towns: INDEX },
    writer,
  );
  return { outcome, written };
}

describe("towns named by a file", () => {
  it("read by 9-digit code, the 12-digit form, or a name no other town of the scope has", () => {
    expect(lookUpTown(INDEX, "370126100")).toEqual({ town: TOWNS[1] });
    expect(lookUpTown(INDEX, "370126100000")).toEqual({ town: TOWNS[1] });
    expect(lookUpTown(INDEX, " 许商街道 ")).toEqual({ town: TOWNS[0] });
    expect(lookUpTown(INDEX, "370124100")).toEqual({ town: TOWNS[2] });
  });

  it("refuse a shared name, listing the codes to write instead, and a town outside the scope", () => {
    expect(lookUpTown(INDEX, "城关镇")).toEqual({ problem: "townAmbiguous", codes: "370124100、370125100" });
    expect(lookUpTown(INDEX, "明辉街道")).toEqual({ problem: "townOutsideImport" });
    expect(lookUpTown(INDEX, "370102001")).toEqual({ problem: "townOutsideImport" });
  });

  it("are written by an export as the import reads them back: a shared name as the code", () => {
    expect(townCell(INDEX, TOWNS[0]!)).toBe("许商街道");
    expect(townCell(INDEX, TOWNS[3]!)).toBe("370125100");
  });
});

describe("the school import", () => {
  it("reads everyday words for level, ownership, 城乡分类代码 and yes/no", async () => {
    const { outcome, written } = await importLines([
      "许商街道,3701260001,甲小学,小学,公办,121 镇中心区,是,否,是",
      "370126100,3701260002,乙中学,初中,公立,村庄,×,N,√",
      "玉皇庙镇,3701260003,丙学校,九年一贯制,民办,220,N,,",
      "玉皇庙镇,3701260004,丁幼儿园,幼儿园,普惠民办,镇乡结合区,√,Y,否",
      "许商街道,3701260005,戊中学,完中,私立,111主城区,否,否,1",
    ]);
    expect(outcome).toEqual({ status: "imported", summary: { rows: 5, inserted: 5, updated: 0 } });
    expect(
      written.map((record) =>
        [
          "townId",
          "level",
          "ownership",
          "urbanRuralCode",
          "isTownSeat",
          "isTownCentralKindergarten",
          "isBoarding",
        ].map((field) => record[field]),
      ),
    ).toEqual([
      [1, "PRIMARY", "PUBLIC", "121", true, false, true],
      [2, "JUNIOR", "PUBLIC", "220", false, false, true],
      [2, "NINE_YEAR", "PRIVATE", "220", false, false, false],
      [2, "KINDERGARTEN", "PRIVATE_INCLUSIVE", "122", true, true, false],
      [1, "COMPLETE_SECONDARY", "PRIVATE", "111", false, false, true],
    ]);
  });

  it("reads an optional 生效日期 as a day, and refuses one that is not a date", async () => {
    const header = `${HEADER},生效日期`;
    const read = await importLines(
      [
        "许商街道,3701260001,甲小学,小学,公办,220,否,否,否,2025-09-01",
        "许商街道,3701260002,乙小学,小学,公办,220,否,否,否,",
      ],
      header,
    );
    expect(read.written.map((record) => record.effectiveOn)).toEqual([
      new Date("2025-09-01T00:00:00Z"),
      undefined,
    ]);
    const refused = await importLines(["许商街道,3701260001,甲小学,小学,公办,220,否,否,否,9月1日"], header);
    expect(refused.outcome).toEqual({
      status: "invalid",
      errors: [{ row: 2, column: "生效日期", key: "dateFormat", params: {} }],
    });
  });

  it("requires the 是否寄宿制学校 column, and reads 寄宿制学校 as its header", async () => {
    const withoutBoarding = HEADER.replace(",是否寄宿制学校", "");
    const refused = await importLines(["许商街道,3701260001,甲小学,小学,公办,220,否,否"], withoutBoarding);
    expect(refused.written).toEqual([]);
    expect(refused.outcome.status).not.toBe("imported");
    expect(JSON.stringify(refused.outcome)).toContain("是否寄宿制学校");
    const { outcome, written } = await importLines(
      ["许商街道,3701260001,甲小学,小学,公办,220,否,否,是"],
      HEADER.replace("是否寄宿制学校", "寄宿制学校"),
    );
    expect(outcome.status).toBe("imported");
    expect(written[0]).toMatchObject({ isBoarding: true });
  });

  it("refuses a class word for the code, a shared town name, and the register's rules, naming row and column", async () => {
    const { outcome, written } = await importLines([
      "许商街道,3701260001,甲小学,小学,公办,乡村,否,否",
      "城关镇,3701260002,乙小学,小学,公办,220,否,否",
      "许商街道,3701260003,丙小学,小学,公办,220,是,否",
      "许商街道,370126000,丁小学,小学,公办,220,否,是",
      "许商街道,3701260006,戊小学,小学,公办,220,否,否",
      "许商街道,3701260006,己小学,小学,公办,220,否,否",
    ]);
    expect(written).toEqual([]);
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        {
          row: 2,
          column: "城乡分类代码",
          key: "unknownChoice",
          params: {
            value: "乡村",
            choices:
              "111 主城区、112 城乡结合区、121 镇中心区、122 镇乡结合区、123 特殊区域、210 乡中心区、220 村庄",
          },
        },
        {
          row: 3,
          column: "乡镇(街道)",
          key: "townAmbiguous",
          params: { town: "城关镇", codes: "370124100、370125100" },
        },
        { row: 4, column: "是否镇驻地学校", key: "townSeatNotTownArea", params: {} },
        { row: 5, column: "学校标识码", key: "schoolCode", params: {} },
        { row: 5, column: "是否镇中心幼儿园", key: "centralKindergartenLevel", params: {} },
        { row: 7, column: "学校标识码", key: "duplicateInFile", params: { row: 6 } },
      ],
    });
  });

  it("exports each school in the template's columns, as the import reads it", async () => {
    const school: SchoolExportRow = {
      code: "3701260009",
      name: "许商街道中心小学",
      town: "许商街道",
      level: "NINE_YEAR",
      ownership: "PRIVATE_INCLUSIVE",
      urbanRuralCode: "122",
      isTownSeat: true,
      isTownCentralKindergarten: false,
      isBoarding: true,
      county: "商河县",
      isActive: false,
    };
    const cells = SCHOOL_EXPORT_COLUMNS.map((column) => column.value(school));
    expect(
      Object.fromEntries(SCHOOL_EXPORT_COLUMNS.map((column, index) => [column.header, cells[index]])),
    ).toEqual({
      "乡镇(街道)": "许商街道",
      学校标识码: "3701260009",
      学校名称: "许商街道中心小学",
      学段类型: "九年一贯制学校",
      办学性质: "普惠性民办",
      城乡分类代码: "122 镇乡结合区",
      是否镇驻地学校: "是",
      是否镇中心幼儿园: "否",
      是否寄宿制学校: "是",
      生效日期: null,
      "县（市、区）": "商河县",
      状态: "已撤并",
    });
    const { outcome, written } = await importLines([cells.slice(0, 9).join(",")]);
    expect(outcome.status).toBe("imported");
    expect(written[0]).toMatchObject({
      code: "3701260009",
      townId: 1,
      level: "NINE_YEAR",
      urbanRuralCode: "122",
      isBoarding: true,
    });
  });
});

describe("the school template", () => {
  it("has the sheet to fill first with a drop-down on every coded column, then instructions with an example row", async () => {
    const buffer = await writeTemplate(SCHOOL_IMPORT, { townId: ["许商街道", "玉皇庙镇"] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["学校名录", "visible"],
      ["填写说明", "visible"],
      ["选项", "hidden"],
    ]);
    const data = workbook.worksheets[0]!;
    expect(data.getRow(1).values).toEqual([
      undefined,
      "乡镇(街道)",
      "学校标识码",
      "学校名称",
      "学段类型",
      "办学性质",
      "城乡分类代码",
      "是否镇驻地学校",
      "是否镇中心幼儿园",
      "是否寄宿制学校",
      "生效日期",
    ]);
    expect(data.rowCount).toBe(1);
    // Drop-downs on the town, level, ownership, code and the three yes/no columns; none on code and name.
    const listOf = (cell: string) => data.getCell(cell).dataValidation?.formulae?.[0];
    expect(["A2", "D2", "E2", "F2", "G2", "H2", "I2", "I20001"].map(listOf)).toEqual([
      "'选项'!$A$1:$A$2",
      "'选项'!$B$1:$B$9",
      "'选项'!$C$1:$C$3",
      "'选项'!$D$1:$D$7",
      "'选项'!$E$1:$E$2",
      "'选项'!$F$1:$F$2",
      "'选项'!$G$1:$G$2",
      "'选项'!$G$1:$G$2",
    ]);
    expect(listOf("B2")).toBeUndefined();
    const lists = workbook.getWorksheet("选项")!;
    expect(lists.getColumn(4).values.slice(1)).toEqual(Object.values(SCHOOL_IMPORT.columns[4]!.choices!));
    const notes = workbook.getWorksheet("填写说明")!;
    const texts = notes.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(texts.flat()).toContain("城乡分类代码");
    const exampleRow = texts.at(-1);
    expect(exampleRow).toEqual(SCHOOL_IMPORT.allColumns.map((column) => column.example));
  });
});
