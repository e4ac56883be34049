import { readFileSync } from "node:fs";
import path from "node:path";
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { E2E_SESSIONS_DIR } from "./config";

export const DEMO_PASSWORD = "Demo@2026";

/**
 * The accounts the setup project (sessions.setup.ts) signs in once per run; tests start signed in as one of them
 * with signedInAs or signedInPage instead of going through the form.
 */
export const E2E_ACCOUNTS = [
  "jinan.staff",
  "jinan.leader",
  "jinan.shanghe",
  "jinan.principal",
  "binzhou.huimin",
  "binzhou.principal",
  "weifang.admin",
  "weifang.staff",
  "weifang.changle",
  "weifang.principal",
] as const;
export type E2eAccount = (typeof E2E_ACCOUNTS)[number];
type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Where the setup project keeps the account's signed-in browser state (its session cookie). */
export const sessionFile = (account: E2eAccount) => path.join(E2E_SESSIONS_DIR, `${account}.json`);

/** Signs in through the login form and waits for the landing page: for the tests of the form itself. */
export async function loginAs(page: Page, loginName: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await page.waitForLoadState("networkidle");
}

/**
 * Signs in through next-auth's endpoints (what the form posts), without rendering a page: the setup project's
 * sign-in, and that of a test whose account is chosen from the data. The session cookie lands in `request`'s
 * context (a page's `page.request` shares its cookies).
 */
export async function signIn(request: APIRequestContext, loginName: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, loginName, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign-in of ${loginName}`).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { sessionId?: string };
  expect(session.sessionId, `session of ${loginName}`).toBeTruthy();
}

/** Gives the page's browser context the account's stored session; the page is then signed in on its next load. */
export async function signedInAs(page: Page, account: E2eAccount): Promise<void> {
  const { cookies } = JSON.parse(readFileSync(sessionFile(account), "utf8")) as StorageState;
  await page.context().addCookies(cookies);
}

/** A page in a browser context of its own, signed in as the account (close it with page.context().close()). */
export async function signedInPage(browser: Browser, account: E2eAccount): Promise<Page> {
  const context = await browser.newContext({ storageState: sessionFile(account) });
  return context.newPage();
}
