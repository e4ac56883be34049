import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildSubmissionTemplate, parseSubmissionWorkbook } from "@/lib/excel/submission-workbook";

const LABELS = {
  sheetName: "季度调度",
  title: "商河县 · 2027 年第 1 季度",
  headers: {
    key: "指标代码",
    name: "指标名称",
    unit: "单位",
    rule: "填报规则",
    lastQuarter: "上季度数值",
    value: "本季度数值",
    note: "说明",
  },
  rules: {
    COUNT: "非负整数",
    PERCENT: "0–100 的百分数",
    AMOUNT: "非负金额",
    RATIO: "非负数",
    DECIMAL: "非负数",
    BOOLEAN: "1（是）或 0（否）",
  },
  instructions: { sheetName: "填写说明", lines: ["季度调度模板 · 填写说明", "1. 只填写本季度数值。"] },
};

const FIELDS = [
  { key: "dropout_count", name: "辍学人数", valueType: "COUNT" as const },
  { key: "has_plan", name: "是否制定方案", valueType: "BOOLEAN" as const },
  { key: "pass_rate", name: "合格率", valueType: "PERCENT" as const },
].map((field) => ({ ...field, unit: "", lastValue: null, value: null, note: null }));

async function template() {
  const buffer = await buildSubmissionTemplate({ id: 7, version: 2 }, FIELDS, LABELS);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

describe("the report template", () => {
  it("names each row by the indicator's name, with the code in a hidden column, and explains itself", async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["季度调度", "visible"],
      ["填写说明", "visible"],
      ["meta", "veryHidden"],
    ]);
    const sheet = workbook.getWorksheet("季度调度")!;
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getColumn(2).hidden).toBe(false);
    expect(sheet.getRow(3).getCell(2).value).toBe("辍学人数");
    expect(workbook.getWorksheet("填写说明")!.getRow(2).getCell(1).value).toBe("1. 只填写本季度数值。");
  });

  it("offers 1 and 0 in a yes/no indicator's drop-down and checks each value cell by its rule", async () => {
    const sheet = (await template()).getWorksheet("季度调度")!;
    expect(sheet.getRow(3).getCell(6).dataValidation).toMatchObject({ type: "whole", formulae: [0] });
    expect(sheet.getRow(4).getCell(6).dataValidation).toMatchObject({ type: "list", formulae: ['"1,0"'] });
    expect(sheet.getRow(5).getCell(6).dataValidation).toMatchObject({ type: "decimal", formulae: [0, 100] });
  });

  it("gives an unknown row's name as the file has it, for the error to name it", async () => {
    const workbook = await template();
    workbook.getWorksheet("季度调度")!.getRow(4).getCell(1).value = "has_plan_typo";
    const data = new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
    const parsed = await parseSubmissionWorkbook(data, new Set(FIELDS.map((field) => field.key)));
    expect(parsed?.rowErrors).toEqual([
      {
        row: 4,
        key: "has_plan_typo",
        name: "是否制定方案",
        errors: [{ key: "submissions.unknownIndicator" }],
      },
    ]);
  });
});
