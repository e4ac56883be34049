import { signedInAs, signedInPage } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// School → county → city (decision 0046): city staff define a 调度表 its primary schools report and open a period;
// the county officer urges its schools (催报) and the principal of a 商河县 school finds it in its inbox, then submits
// its return from "what needs you"; the county officer approves it on the
// county's board of schools and reads the computed figure in the county's own report.

const PERIOD = "学校在校生月调度 2026年10月";

test("a school's approved return is summed into its county's report", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signedInAs(page, "jinan.staff");
  await page.goto("/collections/new");
  await page.locator('input[name="nameZh"]').fill("学校在校生月调度");
  await page.locator('input[name="deadlineDays"]').fill("5");
  await page.getByRole("radio", { name: "学校（县区审核后汇总上报）" }).check();
  await page.locator('input[name="custom.0.nameZh"]').fill("在校学生数");
  await page.locator('input[name="custom.0.unit"]').fill("人");
  await page.locator('input[name="custom.0.rollsUp"]').check();
  // Schools of no level: refused with the reason, and what was typed stays.
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请至少选择一类学校。")).toBeVisible();
  await expect(page.locator('input[name="custom.0.nameZh"]')).toHaveValue("在校学生数");
  await page.getByRole("checkbox", { name: "小学", exact: true }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/collections\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("学校在校生月调度");

  await page.getByLabel("年份").fill("2026");
  await page.getByLabel("期次").fill("10");
  await page.getByRole("button", { name: "开启", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已开启本期调度" })).toBeVisible();

  const { rows } = await e2eDatabase().query<{ school: string }>(
    `SELECT s.name AS school FROM users u JOIN schools s ON s.id = u.school_id WHERE u.login_name = 'jinan.principal'`,
  );
  const school = rows[0]!.school;

  // Before anyone has submitted, the county officer urges its schools from its board; the principal is told.
  const county = await signedInPage(browser, "jinan.shanghe");
  await county.goto("/");
  await county.getByRole("link", { name: new RegExp(`^各校报送情况\\s*: ${PERIOD}$`) }).click();
  const owing = county.getByRole("checkbox", { name: school });
  await expect(owing).toBeChecked();
  await county.getByRole("button", { name: "发送催报" }).click();
  await county.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(county.getByRole("status").filter({ hasText: "已向所选学校发送催报。" })).toBeVisible();

  const principal = await signedInPage(browser, "jinan.principal");
  await principal.goto("/inbox");
  await expect(
    principal.getByRole("heading", { name: `县教育局催报：${school}「${PERIOD}」` }),
  ).toBeVisible();
  await principal.goto("/");
  await principal.getByRole("link", { name: new RegExp(`^去填报\\s*: 本校「${PERIOD}」$`) }).click();
  const field = principal.locator('input[name^="values.c"]');
  await expect(field).toHaveCount(1);
  await field.fill("321");
  await principal.getByRole("button", { name: "提交县区审核" }).click();
  await principal.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(principal.getByRole("status").filter({ hasText: "已提交，等待县区审核。" })).toBeVisible();

  await county.goto("/");
  await county.getByRole("link", { name: new RegExp(`^各校报送情况\\s*: ${PERIOD}$`) }).click();
  await expect(county.getByRole("heading", { level: 1 })).toHaveText(`${PERIOD} 各校报送情况`);
  await expect(county.getByRole("row", { name: new RegExp(school) })).toContainText("已提交");
  await county.getByRole("link", { name: school, exact: true }).click();
  await county.getByRole("button", { name: "审核通过" }).click();
  await county.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(
    county.getByRole("status").filter({ hasText: "已审核通过，该校数据计入县区汇总。" }),
  ).toBeVisible();

  await county.goBack();
  await county.reload();
  await expect(county.getByRole("row", { name: new RegExp(school) })).toContainText("已通过");
  await county.getByRole("link", { name: "查看本县区汇总报表" }).click();
  const expected = await e2eDatabase().query<{ count: number }>(
    `SELECT count(*)::int AS count FROM school_returns r JOIN schools s ON s.id = r.school_id
       JOIN reporting_periods p ON p.id = r.period_id JOIN collections c ON c.id = p.collection_id
       JOIN counties k ON k.id = s.county_id
     WHERE c.name_zh = '学校在校生月调度' AND k.name = '商河县'`,
  );
  const computed = county.locator('[id^="values.c"]').first();
  await expect(computed).toHaveText("321");
  await expect(county.getByText(`由 1/${expected.rows[0]!.count} 所学校已审核数据汇总`)).toBeVisible();
});
