import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

const HEADERS =
  "学校标识码,教职工编号,姓名,性别,出生日期,最高学历,是否专任教师,任教学科,职称,骨干教师级别,是否持有教师资格证,五年培训学时,参加工作日期";

function csv(lines: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: "名册.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${[HEADERS, ...lines].join("\n")}\n`),
  };
}

test("a county officer imports a roster with errors, sees them by row and column, fixes the file and imports it", async ({
  page,
}) => {
  const { rows } = await e2eDatabase().query<{ code: string; countyId: number }>(
    `SELECT s.code, s.county_id AS "countyId" FROM schools s JOIN users u ON u.county_id = s.county_id
     WHERE u.login_name = 'binzhou.huimin' AND s.is_active ORDER BY s.id LIMIT 2`,
  );
  const [first, second] = rows as [{ code: string; countyId: number }, { code: string; countyId: number }];
  const good = [
    `${first.code},E2E0001,导入甲,女,1988-04-12,本科,是,语文,一级教师,无,是,120,2010-09-01`,
    `${second.code},E2E0002,导入乙,男,1992/11/3,大专,是,数学,二级教师,县级骨干,是,80,2016.9`,
    `${first.code},E2E0003,导入丙,女,1979-06-30,专科,否,体育与健康,高级教师,无,是,360,`,
  ];

  await signedInAs(page, "binzhou.huimin");
  await page.goto("/");
  await page.getByRole("link", { name: "教师名册" }).click();
  await page.getByRole("link", { name: "批量导入" }).click();
  const rosterCard = page.locator("section", { has: page.getByRole("heading", { name: "教师名册" }) });
  const template = page.waitForEvent("download");
  await rosterCard.getByRole("link", { name: "下载模板" }).click();
  expect((await template).suggestedFilename()).toBe("教师名册导入模板.xlsx");

  await rosterCard
    .getByLabel("文件")
    .setInputFiles(
      csv([good[0]!, good[1]!.replace("大专", "夜大"), good[2]!.replace("1979-06-30", "30/06/1979")]),
    );
  await rosterCard.getByRole("button", { name: "上传并导入" }).click();
  const errors = rosterCard.getByRole("table");
  await expect(errors).toContainText("发现 2 处错误，未导入任何数据");
  await expect(errors.getByRole("row", { name: /^3 最高学历/ })).toContainText("无法识别“夜大”");
  await expect(errors.getByRole("row", { name: /^4 出生日期/ })).toContainText("日期请写作 1985-03-05");
  const { rows: none } = await e2eDatabase().query(`SELECT 1 FROM teachers WHERE staff_no LIKE 'E2E000%'`);
  expect(none).toHaveLength(0);

  await rosterCard.getByLabel("文件").setInputFiles(csv(good));
  await rosterCard.getByRole("button", { name: "上传并导入" }).click();
  await expect(rosterCard.getByText("已导入 3 行：新增 3，更新 0。")).toBeVisible();

  // The same file again updates the three teachers instead of adding them twice.
  await rosterCard.getByLabel("文件").setInputFiles(csv(good));
  await rosterCard.getByRole("button", { name: "上传并导入" }).click();
  await expect(rosterCard.getByText("已导入 3 行：新增 0，更新 3。")).toBeVisible();

  await page.getByRole("link", { name: "返回名册" }).click();
  await page.getByPlaceholder("姓名或教职工编号").fill("E2E000");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("link", { name: "导入乙" })).toBeVisible();
});
