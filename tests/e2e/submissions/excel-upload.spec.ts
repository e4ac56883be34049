import ExcelJS from "exceljs";
import { signIn } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// The offline route: download the template, fill it in, upload it; a bad row is reported and nothing is written.

test("an Excel file with one bad row is refused with the row named, and a corrected one is saved", async ({
  page,
}) => {
  const { rows } = await e2eDatabase().query<{ loginName: string; id: number }>(
    `SELECT u.login_name AS "loginName", s.id FROM submissions s
       JOIN reporting_periods p ON p.id = s.period_id
       JOIN users u ON u.county_id = s.county_id AND u.role = 'COUNTY_OFFICER'
     WHERE p.state = 'OPEN' AND s.state IN ('NOT_STARTED', 'DRAFT', 'RETURNED')
     ORDER BY u.login_name DESC LIMIT 1`,
  );
  const { loginName, id } = rows[0]!;
  await signIn(page.request, loginName);
  await page.goto(`/submissions/${id}`);
  const download = await page.request.get(`/submissions/${id}/template`);
  expect(download.status()).toBe(200);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await download.body()).buffer);
  const sheet = workbook.worksheets[0]!;
  let badRow = 0;
  sheet.eachRow((row, number) => {
    if (number < 3) return;
    const key = String(row.getCell(1).value);
    row.getCell(6).value = key === "projects_planned" ? 10 : key === "projects_started" ? 8 : 1;
    row.getCell(7).value = "离线填报";
    if (key === "dropout_count") {
      row.getCell(6).value = -2;
      badRow = number;
    }
  });
  const before = await e2eDatabase().query(`SELECT version FROM submissions WHERE id = $1`, [id]);

  await page.getByLabel("Excel 文件").setInputFiles({
    name: "report.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole("button", { name: "上传" }).click();
  await expect(page.getByText("文件中有 1 行存在错误，未写入任何数据。")).toBeVisible();
  // The row is named by the indicator's name, not its code.
  const { rows: names } = await e2eDatabase().query<{ name: string }>(
    `SELECT name_zh AS name FROM indicator_definitions WHERE key = 'dropout_count'`,
  );
  await expect(page.getByText(`第 ${badRow} 行（${names[0]!.name}）：`)).toBeVisible();
  // The template explains itself on a sheet of its own.
  expect(workbook.worksheets.map((worksheet) => worksheet.name)).toContain("填写说明");
  await expect(page.getByText("不能为负数。")).toBeVisible();
  const after = await e2eDatabase().query(`SELECT version FROM submissions WHERE id = $1`, [id]);
  expect(after.rows).toEqual(before.rows);

  sheet.getRow(badRow).getCell(6).value = 0;
  await page.getByLabel("Excel 文件").setInputFiles({
    name: "report.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole("button", { name: "上传" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已导入 Excel 文件并保存为草稿。" })).toBeVisible();
  const saved = await e2eDatabase().query<{ value: string }>(
    `SELECT value::text FROM submission_values WHERE submission_id = $1 AND indicator_key = 'dropout_count'`,
    [id],
  );
  expect(Number(saved.rows[0]?.value)).toBe(0);
});
