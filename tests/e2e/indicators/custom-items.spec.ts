import { signedInAs, signedInPage } from "../support/auth";
import { checkPage } from "../support/axe";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// Custom items of a city's collections on the indicator pages (decision 0047): a city without any says so; 济南's
// staff define a monthly 调度表 with a custom item, 商河县 reports it, the city approves, and the item is listed in
// the catalogue with its value and completeness and has its own page. Another city's staff do not find it. The spec
// makes its own collection, so it depends on no other spec's data.

test("a city without custom items sees the empty state", async ({ page }) => {
  await signedInAs(page, "weifang.staff");
  await page.goto("/indicators");
  await expect(page.getByRole("heading", { name: "调度表自定义项目" })).toBeVisible();
  await expect(page.getByText("本市尚无自定义调度项目")).toBeVisible();
});

test("city staff see an approved custom item on /indicators and open its page", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await signedInAs(page, "jinan.staff");
  await page.goto("/collections/new");
  await page.locator('input[name="nameZh"]').fill("家访月调度");
  await page.locator('input[name="deadlineDays"]').fill("5");
  await page.locator('input[name="custom.0.nameZh"]').fill("家访户数");
  await page.locator('input[name="custom.0.unit"]').fill("户");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/collections\/\d+$/);
  await page.getByLabel("年份").fill("2026");
  await page.getByLabel("期次").fill("10");
  await page.getByRole("button", { name: "开启", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已开启本期调度" })).toBeVisible();

  const county = await signedInPage(browser, "jinan.shanghe");
  await county.goto("/");
  await county.getByRole("link", { name: /^去填报\s*: 家访月调度 2026年10月$/ }).click();
  await county.locator('input[name^="values.c"]').fill("37");
  await county.getByRole("button", { name: "提交审核" }).click();
  await county.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(county.getByRole("status").filter({ hasText: "已提交，等待市教育局审核。" })).toBeVisible();
  const submissionPath = new URL(county.url()).pathname;
  await county.close();

  // Submitted but not approved: listed, with no value yet.
  await page.goto("/indicators");
  const row = page.getByRole("row", { name: /家访户数/ });
  await expect(row).toContainText("尚无已审核通过的数据");

  await page.goto(submissionPath);
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已审核通过，数据已锁定。" })).toBeVisible();

  const { rows } = await e2eDatabase().query<{ count: number }>(
    "SELECT count(*)::int AS count FROM counties WHERE city_id = (SELECT city_id FROM collections WHERE name_zh = '家访月调度')",
  );
  const counties = rows[0]!.count;
  await page.goto("/indicators");
  await expect(row).toContainText("37 户");
  await expect(row).toContainText(`1/${counties}`);
  await checkPage(page, testInfo, "indicators-with-custom-items");
  await row.getByRole("link", { name: "家访户数" }).click();
  await expect(page).toHaveURL(/\/indicators\/custom\/c\d+_1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("家访户数");
  await expect(page.getByTestId("custom-item-value")).toHaveText("37 户");
  await expect(page.getByTestId("custom-item-completeness")).toContainText(`1/${counties}`);
  await expect(page.getByText("家访月调度").first()).toBeVisible();
  await expect(page.getByRole("row", { name: /商河县/ })).toContainText("37 户");
  await checkPage(page, testInfo, "custom-item");
  const itemPath = new URL(page.url()).pathname;

  // 商河县's officer: its own figure on its dashboard and the item's page; another county's view is not found.
  const officer = await signedInPage(browser, "jinan.shanghe");
  await officer.goto("/");
  const own = officer.getByRole("row", { name: /家访户数/ });
  await expect(own).toContainText("37 户");
  await expect(own).toContainText("1/1");
  await own.getByRole("link", { name: "家访户数" }).click();
  await expect(officer.getByTestId("custom-item-value")).toHaveText("37 户");
  await expect(officer.getByTestId("custom-item-completeness")).toContainText("1/1");
  const { rows: others } = await e2eDatabase().query<{ id: number }>(
    "SELECT id FROM counties WHERE name = '历城区'",
  );
  expect((await officer.goto(`${itemPath}?county=${others[0]!.id}`))?.status()).toBe(404);
  await officer.close();

  // Another city's staff: the same key is not found.
  const other = await signedInPage(browser, "weifang.staff");
  const response = await other.goto(itemPath);
  expect(response?.status()).toBe(404);
  await other.close();
});
