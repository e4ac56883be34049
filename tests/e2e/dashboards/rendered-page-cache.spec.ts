import { request as apiRequest, type Page, type Response } from "@playwright/test";
import { loginAs } from "../support/auth";
import { E2E_BASE_URL } from "../support/config";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// The rendered-page cache (lib/page-cache) answers repeat loads of a dashboard; these tests go through the browser
// the way users do, and fail if a kept page were stale, reused a nonce, or outlived its session.

const cacheOutcome = (response: Response | null) => response?.headers()["x-page-cache"];
const nonceOf = (response: Response | null) =>
  /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
/** The nonce every script of the page carries (the browser hides the attribute but keeps the property). */
const scriptNonces = (page: Page) =>
  page.evaluate(() => [...new Set([...document.scripts].map((script) => script.nonce))]);

async function principalSchool(loginName: string): Promise<number> {
  const { rows } = await e2eDatabase().query<{ schoolId: number }>(
    `SELECT school_id AS "schoolId" FROM users WHERE login_name = $1`,
    [loginName],
  );
  return rows[0]!.schoolId;
}

test("a reload comes from the cache with a new nonce, and the principal's saved change shows at once", async ({
  page,
}) => {
  const schoolId = await principalSchool("weifang.principal");
  const classes = page.locator("dt", { hasText: "班级数" }).locator("xpath=following-sibling::dd");
  await loginAs(page, "weifang.principal");

  await page.goto(`/schools/${schoolId}`);
  const reload = await page.goto(`/schools/${schoolId}`);
  expect(cacheOutcome(reload)).toBe("hit");
  // The kept page carries this response's nonce, so its scripts run (a mismatch would log a CSP error and fail).
  const nonce = nonceOf(reload);
  expect(await scriptNonces(page)).toEqual([nonce]);
  const again = await page.goto(`/schools/${schoolId}`);
  expect(cacheOutcome(again)).toBe("hit");
  expect(nonceOf(again)).not.toBe(nonce);
  expect(await scriptNonces(page)).toEqual([nonceOf(again)]);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A write through the facility form moves the city's data version on: the next load renders afresh.
  await page.goto(`/schools/${schoolId}/facilities`);
  const classesField = page.getByLabel("班级数", { exact: true });
  const before = Number(await classesField.inputValue());
  expect(before).toBeGreaterThan(0);
  await classesField.fill(String(before + 1));
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText(/学年的办学条件已保存/)).toBeVisible();

  const afterWrite = await page.goto(`/schools/${schoolId}`);
  expect(cacheOutcome(afterWrite)).toBe("miss");
  await expect(classes).toHaveText((before + 1).toLocaleString("zh-CN"));
  expect(cacheOutcome(await page.goto(`/schools/${schoolId}`))).toBe("hit");
  await expect(classes).toHaveText((before + 1).toLocaleString("zh-CN"));
});

test("another user never receives a page kept for someone else, and a signed-out session gets nothing", async ({
  page,
}) => {
  const schoolId = await principalSchool("weifang.principal");
  await loginAs(page, "weifang.principal");
  await page.goto(`/schools/${schoolId}`);
  expect(cacheOutcome(await page.goto(`/schools/${schoolId}`))).toBe("hit");
  const cookies = await page.context().cookies();
  const sessionCookie = cookies
    .filter((cookie) => cookie.name.includes("session-token"))
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join("; ");
  expect(sessionCookie).not.toBe("");

  // The county officer opens the same school: their own render, with their own name in the header.
  const { rows } = await e2eDatabase().query<{ displayName: string }>(
    `SELECT display_name AS "displayName" FROM users WHERE login_name = 'weifang.qingzhou'`,
  );
  const officer = await page.context().browser()!.newContext({ locale: "zh-CN" });
  const officerPage = await officer.newPage();
  await loginAs(officerPage, "weifang.qingzhou");
  expect(cacheOutcome(await officerPage.goto(`/schools/${schoolId}`))).toBe("miss");
  await expect(officerPage.getByRole("banner")).toContainText(rows[0]!.displayName);

  // A link to a dashboard is a client-side navigation: the router's request renders as before, never a kept page
  // (which would make the router fall back to a full reload).
  const documentLoads: string[] = [];
  officerPage.on("request", (request) => {
    if (request.resourceType() === "document") documentLoads.push(request.url());
  });
  const routerResponse = officerPage.waitForResponse(
    (response) =>
      /^\/counties\/\d+$/.test(new URL(response.url()).pathname) &&
      response.request().headers()["rsc"] === "1",
  );
  await officerPage.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "总览" }).click();
  const soft = await routerResponse;
  expect(soft.headers()["content-type"]).toContain("text/x-component");
  expect(cacheOutcome(soft)).toBeUndefined();
  await expect(officerPage.getByRole("heading", { level: 1 })).toBeVisible();
  expect(documentLoads).toEqual([]);
  await officer.close();

  // After signing out, the old session cookie is refused even for the page the cache holds.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  const stranger = await apiRequest.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { cookie: sessionCookie, accept: "text/html" },
  });
  const response = await stranger.get(`/schools/${schoolId}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toMatch(/\/login/);
  expect(response.headers()["x-page-cache"]).toBeUndefined();
  await stranger.dispose();
});
