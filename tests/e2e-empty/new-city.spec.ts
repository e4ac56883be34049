// A new city from an empty installation (issue 15), through the production artifact and the app alone, no SQL: the
// operator creates the first admin with the artifact's `npm run admin:create`; the admin sets the city up from the
// official divisions, adds a functional zone with two towns, and creates a city staff account and the zone's county
// officer; city staff import the schools from a workbook; the officer's dashboard shows the zone's schools only, and
// a town the admin then moves to the zone brings its school along.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Browser, Page } from "@playwright/test";
import { ARTIFACT_DIR } from "@/scripts/build";
import { expect, test } from "../e2e/support/test";
import { loginAs } from "../e2e/support/auth";
import { E2E_EMPTY_STATE_FILE } from "../e2e/support/config";

const run = promisify(execFile);
const ADMIN_PASSWORD = "Yellow-river-bridge-2026";
const ZONE = "滨州经济技术开发区";

/** Creates an account on the admin's user page and returns its temporary password. */
async function createAccount(
  page: Page,
  account: { login: string; name: string; role: string; county?: string },
) {
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "新建用户" }).click();
  await page.getByLabel("登录名").fill(account.login);
  await page.getByLabel("姓名/单位").fill(account.name);
  await page.getByLabel("角色").selectOption({ label: account.role });
  if (account.county) await page.getByLabel("所属县市区").selectOption({ label: account.county });
  await page.getByRole("button", { name: "新建用户" }).click();
  return (await page.getByTestId("temporary-password").textContent())!.trim();
}

/** A new user's first sign-in, in a browser context of its own: the temporary password replaced. */
async function firstSignIn(browser: Browser, login: string, temporaryPassword: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, login, temporaryPassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("当前密码").fill(temporaryPassword);
  await page.getByLabel(/^新密码/).fill("Binzhou-2026-new");
  await page.getByLabel("确认新密码").fill("Binzhou-2026-new");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).not.toHaveURL(/\/account\/password$/);
  return page;
}

async function schoolWorkbook(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("学校名录");
  sheet.addRow([
    "乡镇(街道)",
    "学校标识码",
    "学校名称",
    "学段类型",
    "办学性质",
    "城乡分类代码",
    "是否镇驻地学校",
    "是否镇中心幼儿园",
    "是否寄宿制学校",
  ]);
  for (const row of rows) sheet.addRow(row);
  return {
    name: "学校名录.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

test("from an empty database to a city with counties, a zone, schools and a county officer who sees them", async ({
  page,
  browser,
}) => {
  // The operator: the first admin, from the artifact (no tsx, no dev dependencies), the password from the environment.
  const { databaseUrl } = JSON.parse(readFileSync(E2E_EMPTY_STATE_FILE, "utf8")) as { databaseUrl: string };
  const created = await run(
    "npm",
    ["run", "--silent", "admin:create", "--", "--city", "371600", "--login", "binzhou.admin"],
    {
      cwd: ARTIFACT_DIR,
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        // The instances' environment, as the operator loads /etc/rerm/rerm.env (README "Setting up for your city").
        NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
        ADMIN_PASSWORD,
      },
    },
  );
  expect(created.stdout).toContain("Created administrator binzhou.admin of 滨州市 (371600)");
  expect(created.stdout + created.stderr).not.toContain(ADMIN_PASSWORD);

  // The admin: the city's counties and towns from the official list, then a functional zone taking two towns.
  await loginAs(page, "binzhou.admin", ADMIN_PASSWORD);
  await page.goto("/admin/divisions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("行政区划");
  await page.getByRole("button", { name: "建立所选区县及乡镇" }).click();
  await expect(page.getByText("已建立 7 个县（市、区）和 92 个乡镇（街道）。")).toBeVisible();
  const zoneForm = page.locator("form").filter({ has: page.getByRole("button", { name: "添加功能区" }) });
  await zoneForm.getByLabel("功能区名称").fill(ZONE);
  await zoneForm.getByLabel("杜店街道").check();
  await zoneForm.getByLabel("沙河街道").check();
  await zoneForm.getByRole("button", { name: "添加功能区" }).click();
  await expect(page.getByText(`已添加功能区 ${ZONE}。`)).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(ZONE) })).toContainText("2");

  const staffPassword = await createAccount(page, {
    login: "binzhou.staff",
    name: "滨州市教育局",
    role: "市教育局",
  });
  const officerPassword = await createAccount(page, {
    login: "binzhou.kaifaqu",
    name: "开发区教体局",
    role: "县教体局",
    county: ZONE,
  });

  // City staff: the register from a workbook, schools in the zone's towns and one in 惠民县.
  const staff = await firstSignIn(browser, "binzhou.staff", staffPassword);
  await staff.goto("/schools/import");
  await staff.getByLabel("文件").setInputFiles(
    await schoolWorkbook([
      ["杜店街道", "3716029001", "开发区杜店中心小学", "小学", "公办", "121 镇中心区", "是", "否", "否"],
      ["371602011", "3716029002", "开发区沙河初级中学", "初中", "公办", "220", "否", "否", "是"],
      ["孙武街道", "3716219003", "惠民县孙武小学", "小学", "公办", "111", "否", "否", "否"],
    ]),
  );
  await staff.getByRole("button", { name: "上传并导入" }).click();
  await expect(staff.getByText("已导入 3 行：新增 3，更新 0，未变 0。")).toBeVisible();
  await staff.context().close();

  // The zone's officer lands on its dashboard, which shows the zone's schools and not 惠民县's.
  const officer = await firstSignIn(browser, "binzhou.kaifaqu", officerPassword);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`${ZONE}乡村教育振兴监测`);
  const schools = officer.getByRole("table", { name: /学校/ });
  await expect(schools.getByRole("link", { name: "开发区杜店中心小学" })).toBeVisible();
  await expect(schools.getByRole("link", { name: "开发区沙河初级中学" })).toBeVisible();
  await expect(officer.getByText("惠民县孙武小学")).toHaveCount(0);

  // The zone takes over 孙武街道, which has a school, from today: the school moves with it to the officer's dashboard.
  await page.goto("/admin/divisions");
  const moveForm = page.locator("form").filter({ has: page.getByRole("button", { name: "划转" }) });
  await moveForm.getByLabel("划入").selectOption({ label: ZONE });
  await moveForm.getByLabel("孙武街道").check();
  await moveForm.getByRole("button", { name: "划转" }).click();
  await expect(page.getByText(`已将 1 个乡镇（街道）及其 1 所学校划归${ZONE}。`)).toBeVisible();
  await officer.reload();
  await expect(schools.getByRole("link", { name: "惠民县孙武小学" })).toBeVisible();
  await officer.context().close();
});
