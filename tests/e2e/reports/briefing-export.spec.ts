import { readFileSync } from "node:fs";
import { signedInAs } from "../support/auth";
import { expect, test } from "../support/test";

test("a city leader downloads the current quarter's briefing PDF and a dashboard table", async ({ page }) => {
  await signedInAs(page, "jinan.leader");
  await page.goto("/");
  await page.getByRole("link", { name: "工作简报" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("工作简报 · 济南市");

  const [briefing] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载简报（PDF）" }).first().click(),
  ]);
  expect(briefing.suggestedFilename()).toMatch(/^济南市乡村教育振兴工作简报-\d{4}年第[1-4]季度\.pdf$/);
  const pdf = readFileSync((await briefing.path())!);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(pdf.length).toBeLessThan(2_000_000);

  const [table] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "导出 Excel: 各县（市、区）指标状态表" }).click(),
  ]);
  expect(table.suggestedFilename()).toMatch(/^各县（市、区）指标状态表-济南市-.+\.xlsx$/);
  // An .xlsx file is a zip archive.
  expect(
    readFileSync((await table.path())!)
      .subarray(0, 2)
      .toString("latin1"),
  ).toBe("PK");
});
