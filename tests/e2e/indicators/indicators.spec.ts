import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

const RATIO = "teacher_bachelor_ratio_urban_rural";

test("city staff read an indicator's status, drill into a county and set the county's own target", async ({
  page,
}) => {
  await signedInAs(page, "jinan.staff");
  await page.goto("/");
  await page.getByRole("link", { name: "监测指标" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("监测指标");
  await page.getByRole("link", { name: "城市与农村义务教育教师本科及以上学历比例之比" }).click();
  await expect(page.getByText("状态依据")).toBeVisible();
  await expect(page.getByRole("img", { name: /季度变化图/ })).toBeVisible();

  // One level down: the county's own page of the same indicator.
  await page.getByRole("link", { name: "商河县", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/${RATIO}\\?county=\\d+`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/本科及以上学历比例之比/);

  await page.getByLabel("目标值").fill("1.03");
  await page.getByLabel("期限（年底）").fill("2027");
  await page.getByRole("button", { name: "保存目标" }).click();
  await expect(page.getByText("目标已保存。")).toBeVisible();
  await expect(page.getByRole("cell", { name: "商河县", exact: true })).toBeVisible();
  await expect(page.getByText("· 县级目标")).toBeVisible();

  const { rows } = await e2eDatabase().query<{ value: string; county: string }>(
    `SELECT t.value::text, c.name AS county FROM targets t JOIN counties c ON c.id = t.county_id
     WHERE t.indicator_key = $1 AND t.deadline_year = 2027`,
    [RATIO],
  );
  expect(rows).toEqual([{ value: "1.0300", county: "商河县" }]);
});

test("a bad target value is refused next to the field and nothing is saved", async ({ page }) => {
  await signedInAs(page, "jinan.staff");
  await page.goto("/indicators/rural_schools_in_groups_share");
  await page.getByLabel(/目标值/).fill("120");
  await page.getByRole("button", { name: "保存目标" }).click();
  await expect(page.getByText("百分比须在 0–100 之间。")).toBeVisible();
  const { rows } = await e2eDatabase().query(
    "SELECT 1 FROM targets WHERE indicator_key = 'rural_schools_in_groups_share'",
  );
  expect(rows).toHaveLength(0);
});

test("a county officer sees their county's indicators and not another county's", async ({ page }) => {
  await signedInAs(page, "jinan.shanghe");
  await page.goto("/indicators");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("商河县");
  await expect(page.getByRole("button", { name: "保存目标" })).toHaveCount(0);
  const { rows } = await e2eDatabase().query<{ id: number }>("SELECT id FROM counties WHERE name = '历下区'");
  const response = await page.goto(`/indicators?county=${rows[0]!.id}`);
  expect(response?.status()).toBe(404);
});
