// Leaders read dashboards on phones and print them for meetings (issue 20): at 390 px a dashboard is one column
// with the headline cards first, the page itself never scrolls sideways (the heat table scrolls inside its frame
// with the county column fixed), and the printed page has the content without the header, menu or buttons.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { sessionFile, signedInPage, type E2eAccount } from "../support/auth";
import { expect, test } from "../support/test";

const PHONE = { width: 390, height: 844 };

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function phonePage(browser: import("@playwright/test").Browser, account: E2eAccount) {
  const page = await signedInPage(browser, account);
  await page.setViewportSize(PHONE);
  return page;
}

test("on a phone the city and county dashboards read as one column, headline cards first", async ({
  browser,
}, testInfo) => {
  for (const [account, path] of [
    ["jinan.leader", "/city"],
    ["jinan.shanghe", "/"],
  ] as const) {
    const page = await phonePage(browser, account);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await pageWidth(page), `${account}: no sideways scrolling of the page`).toBeLessThanOrEqual(
      PHONE.width,
    );
    // The first card below the title is a headline card, and the cards stack (each as wide as the column).
    const cards = page.locator("[data-indicator]");
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    expect(first!.width).toBeGreaterThan(PHONE.width * 0.8);
    await testInfo.attach(`${account}-390.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    await testInfo.attach(`${account}-1440.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    await page.context().close();
  }
});

test("on a phone the menu opens before any JavaScript has run, and a link in it leads on", async ({
  browser,
}) => {
  const context = await browser.newContext({
    storageState: sessionFile("jinan.leader"),
    viewport: PHONE,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto("/city");
  const link = page
    .getByRole("navigation", { name: /主导航|主菜单/ })
    .getByRole("link", { name: "监测指标", includeHidden: true });
  await expect(link).toHaveCount(2); // the phone's disclosure and the wide screen's column, one shown at a time
  await expect(link.first()).toBeHidden();
  await page.locator("summary", { hasText: "菜单" }).click();
  await expect(link.first()).toBeVisible();
  await link.first().click();
  await expect(page).toHaveURL(/\/indicators$/);
  await context.close();
});

test("on a phone the pages with wide tables never scroll sideways, their visually hidden labels included", async ({
  browser,
}) => {
  const page = await phonePage(browser, "jinan.staff");
  // The catalogue's status badges carry a visually hidden explanation; placed against the page instead of the
  // table's frame, it once widened the page to 509 px.
  for (const path of [
    "/indicators",
    "/schools",
    "/submissions",
    "/problems",
    "/projects",
    "/admin/divisions",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await pageWidth(page), `${path}: no sideways scrolling`).toBeLessThanOrEqual(PHONE.width);
  }
  await page.context().close();
});

test("on a phone a county's report form scrolls inside its table frames, not the page", async ({
  browser,
}) => {
  const page = await phonePage(browser, "jinan.shanghe");
  await page.goto("/submissions");
  await page.locator('a[href^="/submissions/"]').filter({ hasText: /季度/ }).first().click();
  const table = page.getByRole("table").first();
  // The quarterly report's columns: the quarter before, the year to date, this quarter.
  await expect(table.getByRole("columnheader")).toHaveText([
    "指标",
    "单位",
    "上季度",
    "本年累计（至上季度）",
    "本季度",
    "说明",
  ]);
  expect(await pageWidth(page), "no sideways scrolling of the page").toBeLessThanOrEqual(PHONE.width);
  const frame = table.locator("xpath=..");
  const [scrollWidth, clientWidth] = await frame.evaluate((element) => [
    element.scrollWidth,
    element.clientWidth,
  ]);
  expect(clientWidth).toBeLessThanOrEqual(PHONE.width);
  expect(scrollWidth, "the table scrolls inside its frame").toBeGreaterThan(clientWidth);
  await page.context().close();
});

test("the city heat table scrolls inside its frame on a phone, with the county column fixed", async ({
  browser,
}) => {
  const page = await phonePage(browser, "jinan.leader");
  await page.goto("/city");
  const table = page.getByRole("table", { name: "各县（市、区）指标对照" });
  const frame = table.locator("xpath=..");
  const firstCell = table.getByRole("rowheader").first();
  await firstCell.scrollIntoViewIfNeeded();
  const before = await firstCell.boundingBox();
  await frame.evaluate((element) => element.scrollBy({ left: 300 }));
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect((await firstCell.boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await page.context().close();
});

test("on a phone a chart below the screen draws only when it is scrolled to", async ({ browser }) => {
  const page = await phonePage(browser, "jinan.leader");
  await page.goto("/city");
  await page.waitForLoadState("networkidle");
  // The county comparison is far below the headline cards: its frame and its table are there, its drawing is not.
  const chart = page.getByRole("img", { name: /对比柱状图/ });
  await expect(chart).toBeAttached();
  await expect(chart.locator("svg")).toHaveCount(0);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await page.context().close();
});

test("a printed dashboard has the figures and no header, menu or buttons", async ({ browser }) => {
  const page = await signedInPage(browser, "jinan.leader");
  await page.goto("/city");
  await page.waitForLoadState("networkidle");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "print-")), "city.pdf");
  writeFileSync(file, await page.pdf({ format: "A4" }));
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(
    /\s/g,
    "",
  );
  expect(text).toContain("济南市乡村教育振兴监测");
  expect(text).toContain("各县（市、区）指标对照");
  for (const chrome of [
    "乡村教育振兴监测平台",
    "退出登录",
    "修改密码",
    "督导检查",
    "工作简报",
    "下载简报",
    "筛选",
  ])
    expect(text, `"${chrome}" is not printed`).not.toContain(chrome);
  await page.context().close();
});
