import { signedInAs } from "../support/auth";
import { expect, test } from "../support/test";

test("sorting and filtering keep the reader's place, and a slow page or file says it is on the way", async ({
  page,
}) => {
  await signedInAs(page, "jinan.staff");
  await page.goto("/");

  // Sorting the heat table, far down the page, leaves the table where it was.
  const table = page.getByRole("table", { name: /指标对照/ });
  const sortLink = table.getByRole("link", { name: /城市与农村义务教育教师本科及以上学历/ });
  await sortLink.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);
  await sortLink.click();
  await page.waitForURL(/sort=/);
  await expect(table.getByRole("columnheader", { name: /城市与农村/ })).toHaveAttribute(
    "aria-sort",
    /ascending|descending/,
  );
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(80);

  // A page that takes its time shows the navigation bar (held back here by a second).
  await page.route(
    (url) => url.pathname === "/problems",
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    },
  );
  await page
    .getByRole("navigation", { name: /主导航|主菜单/ })
    .getByRole("link", { name: "整改台账" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "加载中…" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("整改台账");
  await expect(page.getByRole("status").filter({ hasText: "加载中…" })).toHaveCount(0);
  await page.unroute((url) => url.pathname === "/problems");

  // The briefing: the button says the file is being prepared until the download starts.
  await page.goto("/reports");
  await page.route(
    (url) => url.pathname === "/reports/briefing",
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    },
  );
  const button = page.getByRole("link", { name: "下载简报（PDF）" }).first();
  const download = page.waitForEvent("download");
  await button.click();
  await expect(page.getByText("正在生成文件…").first()).toBeVisible();
  expect((await download).suggestedFilename()).toMatch(
    /^济南市乡村教育振兴工作简报-\d{4}年第[1-4]季度\.pdf$/,
  );
  await expect(page.getByRole("link", { name: "下载简报（PDF）" }).first()).toBeVisible();
});
