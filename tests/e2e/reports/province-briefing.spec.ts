// The province level's own work (issue 20, decision 0041): the province leader downloads the province's briefing
// from its dashboard, and province staff set a province total and split it among the cities so the parts add up.
import { execFileSync } from "node:child_process";
import { loginAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

test("the province leader downloads the province briefing PDF from the province dashboard", async ({
  page,
}) => {
  await loginAs(page, "shandong.leader");
  await expect(page).toHaveURL(/\/province$/);
  const [briefing] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载简报（PDF）" }).click(),
  ]);
  expect(briefing.suggestedFilename()).toMatch(/^山东省乡村教育振兴工作简报-\d{4}年第[1-4]季度\.pdf$/);
  const file = (await briefing.path())!;
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  expect(execFileSync("head", ["-c", "5", file], { encoding: "latin1" })).toBe("%PDF-");
  expect(text).toContain("山东省");
  expect(text).toContain("济南市");
  // The leader reads the province's targets but may not set them.
  await page.getByRole("link", { name: "全省目标" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("全省目标");
  await page.getByRole("link", { name: "遴选乡村学校特色精品示范课程" }).click();
  await expect(page.getByRole("button", { name: "保存全省目标" })).toHaveCount(0);
});

test("province staff set a province count target and split it among the cities by pupils", async ({
  page,
}) => {
  await loginAs(page, "shandong.staff");
  await page.goto("/province/indicators/rural_featured_courses");
  await page.getByLabel(/目标值/).fill("30001");
  await page.getByLabel("期限（年底）").fill("2031");
  await page.getByRole("button", { name: "保存全省目标" }).click();
  await expect(page.getByText("已保存全省目标。")).toBeVisible();

  const rollUp = page.getByTestId("target-roll-up");
  await expect(rollUp.getByRole("row", { name: /2031/ })).toContainText("缺口");
  await page.getByLabel("要分解的全省目标").selectOption({ index: 0 });
  await page.getByLabel("分解方式").selectOption({ label: "按在校生数" });
  await expect(page.getByTestId("split-sum")).toContainText("合计与全省目标一致。");
  await page.getByRole("button", { name: "确认分解" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  // The page comes back with every city's figures recomputed against its new target: give it time.
  await expect(page.getByText(/已将全省目标分解到 \d+ 个市。/)).toBeVisible({ timeout: 45_000 });
  await expect(rollUp.getByRole("row", { name: /2031/ })).toContainText("达到");

  const { rows } = await e2eDatabase().query<{ total: string; cities: number; all: number }>(
    `SELECT sum(value)::text AS total, count(*)::int AS cities, (SELECT count(*)::int FROM cities) AS "all"
     FROM targets WHERE indicator_key = 'rural_featured_courses' AND deadline_year = 2031 AND county_id IS NULL`,
  );
  expect(Number(rows[0]!.total)).toBe(30_001);
  expect(rows[0]!.cities).toBe(rows[0]!.all);
});
