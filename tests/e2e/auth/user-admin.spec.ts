import { expect, test } from "../support/test";
import { loginAs, signedInAs, signedInPage } from "../support/auth";

test("an admin creates a county officer, who must replace the temporary password at first sign-in", async ({
  page,
  browser,
}) => {
  await signedInAs(page, "weifang.admin");
  await page.goto("/");
  await page.getByRole("link", { name: "新建用户" }).click();
  await page.getByLabel("登录名").fill("weifang.zhucheng2");
  await page.getByLabel("姓名/单位").fill("诸城市教体局统计员");
  await page.getByLabel("角色").selectOption({ label: "县教体局" });
  await page.getByLabel("所属县市区").selectOption({ label: "诸城市" });
  await page.getByRole("button", { name: "新建用户" }).click();
  const temporaryPassword = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{12}$/);

  const context = await browser.newContext();
  const newUser = await context.newPage();
  await loginAs(newUser, "weifang.zhucheng2", temporaryPassword);
  await expect(newUser).toHaveURL(/\/account\/password$/);
  await expect(newUser.getByText("您正在使用临时密码")).toBeVisible();
  await newUser.getByLabel("当前密码").fill(temporaryPassword);
  await newUser.getByLabel(/^新密码/).fill("Zhucheng-2026-new");
  await newUser.getByLabel("确认新密码").fill("Zhucheng-2026-new");
  await newUser.getByRole("button", { name: "修改密码" }).click();
  await expect(newUser.getByRole("heading", { level: 1 })).toHaveText("诸城市乡村教育振兴监测");
  await context.close();

  // The audit log speaks in words: the action, the account by name, and its fields labelled, roles in words.
  await page.goto("/admin/audit?entity=user&action=create");
  const record = page.getByRole("row", { name: /诸城市教体局统计员（weifang\.zhucheng2）/ });
  await expect(record).toContainText("weifang.admin");
  await expect(record).toContainText("新增");
  await record.getByText("查看变更").click();
  await expect(record.getByRole("rowheader", { name: "登录名" })).toBeVisible();
  await expect(record.getByRole("row", { name: /角色/ })).toContainText("县教体局");
  await expect(page.getByRole("table").first()).not.toContainText('"loginName"');
});

test("deactivating an account signs its user out at the next request", async ({ page, browser }) => {
  const officer = await signedInPage(browser, "weifang.changle");
  await officer.goto("/");

  await signedInAs(page, "weifang.admin");
  await page.goto("/");
  await page.getByPlaceholder("登录名或姓名").fill("weifang.changle");
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: "weifang.changle" }).click();
  await page.getByRole("button", { name: "停用账号" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("账号已停用。")).toBeVisible();

  await officer.reload();
  await expect(officer).toHaveURL(/\/login\?reason=expired/);
  await expect(officer.locator("#login-error")).toContainText("登录已过期");
  await officer.context().close();
});
