// A new city from nothing: its first admin is made on the command line (npm run admin:create), signs in and sets
// the city up from the official division list (decision 0018).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "../support/test";
import { loginAs } from "../support/auth";
import { checkPage } from "../support/axe";
import { E2E_STATE_FILE } from "../support/config";

const PASSWORD = "Yellow-river-delta-77";

test("an admin made on the command line sets up a new city from the division list and sees its counties", async ({
  page,
}, testInfo) => {
  const { databaseUrl } = JSON.parse(readFileSync(E2E_STATE_FILE, "utf8")) as { databaseUrl: string };
  const output = execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/admin/create-admin.ts",
      "--city",
      "370500",
      "--login",
      "dongying.admin",
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD }, encoding: "utf8" },
  );
  expect(output).toContain("Created administrator dongying.admin of 东营市 (370500)");
  expect(output).not.toContain(PASSWORD);

  await loginAs(page, "dongying.admin", PASSWORD);
  await page.getByRole("link", { name: "行政区划" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("行政区划");
  await expect(page.getByText("本市还没有县（市、区）。")).toBeVisible();
  await expect(page.getByLabel("东营港经济开发区")).toBeChecked();
  await checkPage(page, testInfo, "divisions-empty-city");

  await page.getByRole("button", { name: "建立所选区县及乡镇" }).click();
  await expect(page.getByText(/已建立 7 个县（市、区）和 \d+ 个乡镇（街道）。/)).toBeVisible();
  const current = page.getByRole("table", { name: "本市现有区划" });
  for (const name of [
    "东营区",
    "河口区",
    "垦利区",
    "利津县",
    "广饶县",
    "东营经济技术开发区",
    "东营港经济开发区",
  ])
    await expect(current.getByRole("cell", { name, exact: true })).toBeVisible();
  await expect(current.getByRole("row", { name: /东营经济技术开发区/ })).toContainText("功能区");
  // Set up already: nothing is ticked, and the list says so.
  await expect(page.getByLabel("东营区")).not.toBeChecked();
  await expect(page.getByText(/已建立（乡镇 \d+\/\d+）/).first()).toBeVisible();
});
