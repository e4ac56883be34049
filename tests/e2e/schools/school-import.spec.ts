// The school register's bulk entry (issue 15; decision 0022): city staff download the template, fill it in (here
// with exceljs, as a spreadsheet program would save it), import it, find the schools in the register, and a second
// import of a corrected file updates them instead of adding them twice.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { checkPage } from "../support/axe";
import { e2eDatabase } from "../support/database";

const CODES = ["3707269801", "3707269802", "3707269803"];

test("city staff fill in the downloaded school template, import it, see the schools, and a second import updates them", async ({
  page,
}, testInfo) => {
  // Two towns whose names no other town of the city shares (潍坊 has two 城关街道, which a file must give by code).
  const { rows: towns } = await e2eDatabase().query<{ code: string; name: string }>(
    `SELECT t.code, t.name FROM towns t JOIN counties c ON c.id = t.county_id JOIN users u ON u.city_id = c.city_id
     WHERE u.login_name = 'weifang.staff' AND t.code IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM towns o JOIN counties oc ON oc.id = o.county_id
                       WHERE oc.city_id = c.city_id AND o.name = t.name AND o.id <> t.id)
     ORDER BY t.code LIMIT 2`,
  );
  const [first, second] = towns as [{ code: string; name: string }, { code: string; name: string }];

  await signedInAs(page, "weifang.staff");
  await page.goto("/schools");
  await page.getByRole("link", { name: "批量导入" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("批量导入学校");
  await checkPage(page, testInfo, "school-import");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载模板" }).click();
  const template = await download;
  expect(template.suggestedFilename()).toBe("学校名录导入模板.xlsx");

  // Fill in the template's first sheet below its header, keeping its drop-downs and instructions.
  const fill = async (rows: (string | number)[][]) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await template.path())) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A2").dataValidation?.type).toBe("list");
    rows.forEach((row, index) => (sheet.getRow(index + 2).values = row));
    return {
      name: "学校名录.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
  };
  const schools = [
    [first.name, CODES[0]!, "端到端导入小学", "小学", "公办", "121 镇中心区", "是", "否"],
    [second.code, CODES[1]!, "端到端导入初中", "初中", "公立", 220, "否", "否"],
    [first.name, CODES[2]!, "端到端导入幼儿园", "幼儿园", "普惠民办", "村庄", "否", "否"],
  ];

  // One bad row refuses the whole file, naming its row and column.
  await page
    .getByLabel("文件")
    .setInputFiles(
      await fill([...schools, [first.name, "3707269804", "坏行", "小学", "公办", "乡村", "否", "否"]]),
    );
  await page.getByRole("button", { name: "上传并导入" }).click();
  const errors = page.getByRole("table");
  await expect(errors).toContainText("发现 1 处错误，未导入任何数据");
  await expect(errors.getByRole("row", { name: /^5 城乡分类代码/ })).toContainText("无法识别“乡村”");

  await page.getByLabel("文件").setInputFiles(await fill(schools));
  await page.getByRole("button", { name: "上传并导入" }).click();
  await expect(page.getByText("已导入 3 行：新增 3，更新 0，未变 0。")).toBeVisible();

  await page.getByRole("link", { name: "返回学校名录" }).click();
  await page.getByLabel("搜索").fill("端到端导入");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("row", { name: new RegExp(CODES[0]!) })).toContainText("镇区");
  await expect(page.getByRole("row", { name: new RegExp(CODES[1]!) })).toContainText(second.name);

  // A corrected file: one school renamed, the others the same.
  await page.goto("/schools/import");
  const corrected = schools.map((row, index) =>
    index === 2 ? [...row.slice(0, 2), "端到端导入中心幼儿园", ...row.slice(3)] : row,
  );
  await page.getByLabel("文件").setInputFiles(await fill(corrected));
  await page.getByRole("button", { name: "上传并导入" }).click();
  await expect(page.getByText("已导入 3 行：新增 0，更新 1，未变 2。")).toBeVisible();
  const { rows: stored } = await e2eDatabase().query<{ name: string }>(
    `SELECT name FROM schools WHERE code = ANY($1) ORDER BY code`,
    [CODES],
  );
  expect(stored.map((school) => school.name)).toEqual([
    "端到端导入小学",
    "端到端导入初中",
    "端到端导入中心幼儿园",
  ]);

  // The filtered register exports in the template's columns.
  await page.goto("/schools?q=端到端导入");
  const exported = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出" }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(await (await exported).path())) as unknown as ExcelJS.Buffer);
  expect(book.worksheets[0]!.getRow(1).values).toContain("城乡分类代码");
  expect(book.worksheets[0]!.rowCount).toBe(4);
});
