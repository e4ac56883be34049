import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

const COUNT = "rural_featured_courses";

test("city staff split a city count target among the counties by enrolment and see the roll-up reached", async ({
  page,
}) => {
  await signedInAs(page, "jinan.staff");
  await page.goto(`/indicators/${COUNT}`);
  // The city target first (no county chosen: the city's own).
  await page.getByLabel(/目标值/).fill("15000");
  await page.getByLabel("期限（年底）").fill("2030");
  await page.getByRole("button", { name: "保存目标" }).click();
  await expect(page.getByText("目标已保存。")).toBeVisible();

  const rollUp = page.getByTestId("target-roll-up");
  // No county has a target yet: the city's 15,000 is short by all of it.
  await expect(rollUp.getByRole("row", { name: /2030/ })).toContainText("缺口 15,000");

  await page.getByLabel("要分解的全市目标").selectOption({ label: "≥ 15,000 节（2030年底）" });
  await page.getByLabel("分解方式").selectOption({ label: "按在校生数" });
  await expect(page.getByTestId("split-sum")).toContainText("合计与全市目标一致。");
  await page.getByRole("button", { name: "确认分解" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText(/已将全市目标分解到 \d+ 个县（市、区）。/)).toBeVisible();
  await expect(rollUp.getByRole("row", { name: /2030/ })).toContainText("达到");

  const { rows } = await e2eDatabase().query<{ total: string; counties: number; cityCounties: number }>(
    `SELECT sum(t.value)::text AS total, count(*)::int AS counties,
            (SELECT count(*)::int FROM counties c JOIN cities ci ON ci.id = c.city_id WHERE ci.id = min(t.city_id)) AS "cityCounties"
     FROM targets t WHERE t.indicator_key = $1 AND t.deadline_year = 2030 AND t.county_id IS NOT NULL`,
    [COUNT],
  );
  expect(Number(rows[0]!.total)).toBe(15_000);
  expect(rows[0]!.counties).toBe(rows[0]!.cityCounties);
});
