import { signedInAs, signedInPage } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// Collections as data (decision 0044): city staff define a monthly 调度表 with a custom item and open a period;
// 商河县 finds it under "what needs you" and submits the form generated from the items.

test("a monthly collection from its definition to a county's submitted report", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signedInAs(page, "jinan.staff");
  await page.goto("/collections/new");
  await page.locator('input[name="nameZh"]').fill("送教上门月调度");
  await page.locator('input[name="deadlineDays"]').fill("5");
  // No item yet: refused with the reason, and what was typed stays.
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请至少选择一个指标或添加一个自定义项目。")).toBeVisible();
  await expect(page.locator('input[name="nameZh"]')).toHaveValue("送教上门月调度");

  await page.locator('input[name="custom.0.nameZh"]').fill("送教上门次数");
  await page.locator('input[name="custom.0.unit"]').fill("次");
  await page.locator('input[name="custom.0.max"]').fill("50");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/collections\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("送教上门月调度");

  // September 2026: due on the 5th working day after it, past the National Day holiday (make-up Saturday counted).
  await page.getByLabel("年份").fill("2026");
  await page.getByLabel("期次").fill("9");
  await page.getByRole("button", { name: "开启", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已开启本期调度" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^送教上门月调度 2026年9月/ })).toContainText("2026年10月13日");

  const county = await signedInPage(browser, "jinan.shanghe");
  await county.goto("/");
  await county.getByRole("link", { name: /^去填报\s*: 送教上门月调度 2026年9月$/ }).click();
  const field = county.locator('input[name^="values.c"]');
  await expect(field).toHaveCount(1);
  // Above the item's maximum: refused next to the field.
  await field.fill("60");
  await county.getByRole("button", { name: "提交审核" }).click();
  await county.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  const name = (await field.getAttribute("name"))!;
  await expect(county.locator(`[id="${name}-error"]`)).toHaveText("不能大于 50。");
  await field.fill("12");
  await county.getByRole("button", { name: "提交审核" }).click();
  await county.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(county.getByRole("status").filter({ hasText: "已提交，等待市教育局审核。" })).toBeVisible();

  const { rows } = await e2eDatabase().query<{ state: string; value: string }>(
    `SELECT s.state, v.value::text AS value FROM submissions s
       JOIN reporting_periods p ON p.id = s.period_id JOIN collections c ON c.id = p.collection_id
       JOIN counties k ON k.id = s.county_id JOIN submission_values v ON v.submission_id = s.id
     WHERE c.name_zh = '送教上门月调度' AND k.name = '商河县'`,
  );
  expect(rows).toEqual([{ state: "SUBMITTED", value: "12.0000" }]);
  // The schedule is turned on from the collection's form, named with who set it, and off again (so that no later
  // run of the day's schedule opens a month of it).
  await page.reload();
  const schedule = page.getByLabel("每期首日自动开启");
  await schedule.check();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "调度表已保存。" })).toBeVisible();
  await expect(page.getByText(/每期自动开启（由.+设置）/)).toBeVisible();
  await expect(schedule).toBeChecked();
  await schedule.uncheck();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(/每期自动开启/)).toHaveCount(0);
  const { rows: stored } = await e2eDatabase().query<{ opens: boolean }>(
    `SELECT opens_on_schedule AS opens FROM collections WHERE name_zh = '送教上门月调度'`,
  );
  expect(stored).toEqual([{ opens: false }]);
});
