import { expect, test } from "../support/test";
import { loginAs, signedInAs } from "../support/auth";
import { e2eDatabase, firstId } from "../support/database";

test.describe("each demo role lands on its page", () => {
  test("admin → user management", async ({ page }) => {
    await loginAs(page, "jinan.admin");
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户管理");
  });

  for (const login of ["jinan.staff", "jinan.leader"]) {
    test(`${login} → the city`, async ({ page }) => {
      await loginAs(page, login);
      await expect(page).toHaveURL(/\/city$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市乡村教育振兴监测");
    });
  }

  for (const login of ["jinan.shanghe", "jinan.shanghe.leader"]) {
    test(`${login} → the county`, async ({ page }) => {
      const countyId = await firstId("SELECT id FROM counties WHERE name = $1", ["商河县"]);
      await loginAs(page, login);
      await expect(page).toHaveURL(new RegExp(`/counties/${countyId}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("商河县乡村教育振兴监测");
    });
  }

  test("principal → the school", async ({ page }) => {
    const { rows } = await e2eDatabase().query<{ id: number; name: string }>(
      "SELECT s.id, s.name FROM users u JOIN schools s ON s.id = u.school_id WHERE u.login_name = 'jinan.principal'",
    );
    await loginAs(page, "jinan.principal");
    await expect(page).toHaveURL(new RegExp(`/schools/${rows[0]!.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(rows[0]!.name);
  });
});

test("a city user sees the counties of the city held in the database", async ({ page }) => {
  const { rows } = await e2eDatabase().query<{ name: string }>(
    "SELECT k.name FROM counties k JOIN cities c ON c.id = k.city_id WHERE c.name = '潍坊市' ORDER BY k.sort_order",
  );
  await signedInAs(page, "weifang.staff");
  await page.goto("/");
  const counties = page
    .getByRole("table", { name: "各县（市、区）指标对照" })
    .getByRole("rowheader")
    .getByRole("link");
  await expect(counties).toHaveText(rows.map((row) => row.name));
});

test("wrong credentials get one message that does not say which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("登录名").fill("jinan.staff");
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-error")).toHaveText("登录名或密码错误。");
  await page.getByLabel("登录名").fill("no.such.user");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-error")).toHaveText("登录名或密码错误。");
});

test("five failures lock the account, even against the right password", async ({ page }) => {
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("登录名").fill("binzhou.yangxin");
    await page.getByLabel("密码").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#login-error")).toBeVisible();
  }
  await expect(page.locator("#login-error")).toContainText("已暂时锁定");
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-error")).toContainText("已暂时锁定");
  await expect(page).toHaveURL(/\/login/);
});

test("signing out ends the session; protected pages then send to the sign-in page", async ({ page }) => {
  await loginAs(page, "binzhou.staff");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/city");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcity/);
});

test("the English switch works on the sign-in page and inside the app", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByLabel("Login name").fill("binzhou.leader");
  await page.getByLabel("Password").fill("Demo@2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Binzhou rural education monitor");
  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("滨州市乡村教育振兴监测");
});
