// Sampled verification (核查, decision 0040): city staff draw a sample of a quarter's approved county values and
// record a discrepancy, which the report then shows; the seed draws the same sample again.
import { signedInAs } from "../support/auth";
import { checkPage } from "../support/axe";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

test("city staff draw a sample, record a discrepancy that the report then shows, and repeat the draw by its seed", async ({
  page,
}, testInfo) => {
  await signedInAs(page, "jinan.staff");
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "数据核查" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据核查");
  await page.getByLabel("样本量").fill("5");
  await page.getByRole("button", { name: "抽取样本" }).click();
  await expect(page).toHaveURL(/\/supervision\/verification\/\d+$/);
  await expect(page.getByText("已核查 0/5 项")).toBeVisible();
  const seed = /随机种子 (\S+)/.exec(await page.getByText(/随机种子/).innerText())?.[1];
  expect(seed).toBeTruthy();
  await checkPage(page, testInfo, "verification-sample");

  // A discrepancy needs a note: refused first, then recorded.
  const row = page.getByRole("row").nth(1);
  const county = await row.getByRole("cell").first().innerText();
  await row.getByLabel("核查值").fill("12");
  await row.getByRole("button", { name: "记录不符" }).click();
  await expect(row.getByText("此项为必填。")).toBeVisible();
  await row.getByLabel("核查说明").fill("与学籍系统台账不符");
  await row.getByRole("button", { name: "记录不符" }).click();
  await expect(page.getByText("已核查 1/5 项：相符 0 项，不符 1 项")).toBeVisible();
  const reportHref = await row.getByRole("link", { name: county }).getAttribute("href");

  // The report shows the finding (to its county as well: tests/integration/verification.test.ts).
  await page.goto(reportHref!);
  const findings = page.locator("section", { has: page.getByRole("heading", { name: "数据核查结果" }) });
  await expect(findings).toContainText("不符");
  await expect(findings).toContainText("与学籍系统台账不符");

  // The same seed draws the same values again.
  const { rows: samples } = await e2eDatabase().query<{ id: number; ids: number[] }>(
    `SELECT s.id, array_agg(i.submission_value_id ORDER BY i.submission_value_id) AS ids
       FROM verification_samples s JOIN verification_items i ON i.sample_id = s.id
      WHERE s.seed = $1 GROUP BY s.id ORDER BY s.id`,
    [seed],
  );
  await page.goto("/supervision/verification");
  await page.getByLabel("样本量").fill("5");
  await page.getByLabel("随机种子").fill(seed!);
  await page.getByRole("button", { name: "抽取样本" }).click();
  await expect(page).toHaveURL(/\/supervision\/verification\/\d+$/);
  const { rows: again } = await e2eDatabase().query<{ ids: number[] }>(
    `SELECT array_agg(i.submission_value_id ORDER BY i.submission_value_id) AS ids
       FROM verification_samples s JOIN verification_items i ON i.sample_id = s.id
      WHERE s.seed = $1 GROUP BY s.id ORDER BY s.id DESC LIMIT 1`,
    [seed],
  );
  expect(again[0]!.ids).toEqual(samples[0]!.ids);
});
