// Single sign-on through the test OpenID Connect provider the e2e server runs (tests/support/oidc-provider.ts):
// an admin links a person at the provider to an account, the person signs in at the provider and lands on the
// account's dashboard; a person nobody linked is sent back to the sign-in page with a message that says why.
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { E2E_OIDC_DISPLAY_NAME } from "../support/config";
import { e2eDatabase } from "../support/database";

/** From the product's sign-in page through the provider's own sign-in page, which takes any login as the subject. */
async function signInAtProvider(page: Page, subject: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: E2E_OIDC_DISPLAY_NAME }).click();
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a person linked by an admin signs in through the identity provider and lands on the account's dashboard", async ({
  page,
  browser,
}) => {
  const { rows } = await e2eDatabase().query<{ id: number; countyId: number; countyName: string }>(
    `SELECT u.id, u.county_id AS "countyId", k.name AS "countyName"
     FROM users u JOIN counties k ON k.id = u.county_id JOIN cities c ON c.id = u.city_id
     WHERE c.name = '潍坊市' AND u.role = 'COUNTY_OFFICER' AND u.login_name <> 'weifang.changle'
     ORDER BY u.id LIMIT 1`,
  );
  const officer = rows[0]!;
  const subject = `gov-e2e-${Date.now()}`;

  await signedInAs(page, "weifang.admin");
  await page.goto(`/admin/users/${officer.id}`);
  await expect(page.getByText("尚未关联统一身份认证账号。")).toBeVisible();
  await page.getByLabel("统一身份认证标识（sub）").fill(subject);
  await page.getByRole("button", { name: "关联", exact: true }).click();
  await expect(page.getByText("已关联统一身份认证账号。")).toBeVisible();
  await expect(page.getByRole("list", { name: "统一身份认证" })).toContainText(subject);

  const context = await browser.newContext();
  const person = await context.newPage();
  await signInAtProvider(person, subject);
  await expect(person).toHaveURL(new RegExp(`/counties/${officer.countyId}$`));
  await expect(person.getByRole("heading", { level: 1 })).toHaveText(`${officer.countyName}乡村教育振兴监测`);
  await context.close();

  const { rows: logins } = await e2eDatabase().query<{ method: string }>(
    `SELECT after->>'method' AS method FROM audit_logs WHERE action = 'login' AND actor_id = $1
     ORDER BY id DESC LIMIT 1`,
    [officer.id],
  );
  expect(logins[0]?.method).toBe("oidc");
});

test("a person nobody linked is refused with a clear message and the refusal is audited", async ({
  page,
}) => {
  const subject = `gov-unlinked-${Date.now()}`;
  await signInAtProvider(page, subject);
  await expect(page).toHaveURL(/\/login\?error=sso_unlinked$/);
  await expect(page.locator("#login-error")).toHaveText(
    "您的统一身份认证账号尚未关联本平台用户。请联系系统管理员，在用户管理中为您关联后再登录。",
  );
  const { rows } = await e2eDatabase().query<{ count: string }>(
    "SELECT count(*) FROM audit_logs WHERE action = 'login_refused_unlinked' AND actor_login = $1",
    [subject],
  );
  expect(rows[0]?.count).toBe("1");
});
