import type { Page } from "@playwright/test";
import { CONSISTENT_PROJECT_VALUES } from "../../support/reports";
import { signIn, signedInAs, signedInPage } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// The quarterly report from opening to approval, in the browser: city staff open 2027 Q1, 商河县 fills and
// submits, the city returns it with a reason, the county corrects and resubmits, the city approves.

async function fillForm(page: Page) {
  const inputs = page.locator('input[name^="values."]');
  for (const input of await inputs.all()) {
    const key = (await input.getAttribute("name"))!.slice("values.".length);
    await input.fill(String(CONSISTENT_PROJECT_VALUES[key] ?? 1));
    // An explanation on every value, so no outlier against the demo history holds the submit up.
    await page.locator(`textarea[name="notes.${key}"]`).fill("已核实");
  }
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "提交审核" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已提交，等待市教育局审核。" })).toBeVisible();
}

/** The approved value the indicators read (approved reports only), or null. */
async function approvedValue(key: string): Promise<string | null> {
  const { rows } = await e2eDatabase().query<{ value: string }>(
    `SELECT v.value::text AS value FROM submission_values v
       JOIN submissions s ON s.id = v.submission_id
       JOIN reporting_periods p ON p.id = s.period_id
       JOIN counties c ON c.id = s.county_id
     WHERE c.name = '商河县' AND p.year = 2027 AND p.quarter = 1 AND s.state = 'APPROVED' AND v.indicator_key = $1`,
    [key],
  );
  return rows[0] ? String(Number(rows[0].value)) : null;
}

test("a county report goes from draft to approval through a return with a reason", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signedInAs(page, "jinan.staff");
  await page.goto("/submissions");
  await expect(page.getByLabel("年份")).toHaveValue("2027");
  await expect(page.getByRole("combobox", { name: /^季度/ })).toHaveValue("1");
  await page.getByRole("button", { name: "开启", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "季度调度已开启" })).toBeVisible();

  const county = await signedInPage(browser, "jinan.shanghe");
  await county.goto("/submissions");
  await county.getByRole("link", { name: "2027年第1季度" }).click();
  await expect(county.getByRole("heading", { level: 1 })).toHaveText("商河县 · 2027年第1季度");

  // A negative count is refused next to the field before anything is sent.
  await fillForm(county);
  await county.locator('input[name="values.projects_planned"]').fill("-3");
  await county.getByRole("button", { name: "提交审核" }).click();
  await county.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(county.locator('[id="values.projects_planned-error"]')).toHaveText("不能为负数。");
  await county.locator('input[name="values.projects_planned"]').fill("10");
  await submit(county);
  expect(await approvedValue("investment_completed")).toBeNull();

  // The city returns it with a reason and a comment on one value.
  await page.goto("/submissions");
  // The quarter's own row: another collection's period (e2e collections.spec) may also have one report submitted.
  await page
    .getByRole("row", { name: /2027年第1季度/ })
    .getByRole("link", { name: /已提交 1 \/ \d+/ })
    .click();
  await page.getByRole("link", { name: "商河县" }).click();
  await page
    .getByRole("textbox", { name: /完成投资.*对该项的意见/ })
    .first()
    .fill("请核实完成投资额");
  await page.getByLabel("退回原因").fill("完成投资与项目进度不匹配");
  await page.getByRole("button", { name: "退回", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已退回县区修改。" })).toBeVisible();

  // The county sees the reasons, corrects and resubmits.
  await county.reload();
  await expect(county.getByText("市教育局意见：完成投资与项目进度不匹配")).toBeVisible();
  await expect(county.getByText("审核意见：请核实完成投资额")).toBeVisible();
  await county.locator('input[name="values.investment_completed"]').fill("950");
  await submit(county);

  // The city sees what changed and approves; the figure now counts.
  await page.reload();
  await expect(page.getByText("第 1 次提交 → 第 2 次提交")).toBeVisible();
  await expect(page.locator("del").filter({ hasText: "900" })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "950" })).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已审核通过，数据已锁定。" })).toBeVisible();
  expect(await approvedValue("investment_completed")).toBe("950");

  // Locked for the county.
  await county.reload();
  await expect(county.getByText("已审核通过，数据已锁定（只读）。")).toBeVisible();
  await expect(county.getByRole("button", { name: "提交审核" })).toHaveCount(0);
  await county.context().close();
});

test("a stale save is refused with the current values, and nothing is lost", async ({ browser }) => {
  // An officer of a county whose report of the open quarter the county can still edit.
  const { rows } = await e2eDatabase().query<{ loginName: string; id: number }>(
    `SELECT u.login_name AS "loginName", s.id FROM submissions s
       JOIN reporting_periods p ON p.id = s.period_id
       JOIN users u ON u.county_id = s.county_id AND u.role = 'COUNTY_OFFICER'
     WHERE p.state = 'OPEN' AND s.state IN ('NOT_STARTED', 'DRAFT', 'RETURNED')
     ORDER BY u.login_name LIMIT 1`,
  );
  const { loginName, id } = rows[0]!;
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [first, second] = await Promise.all(contexts.map((context) => context.newPage()));
  for (const page of [first!, second!]) {
    await signIn(page.request, loginName);
    await page.goto(`/submissions/${id}`);
  }
  await first!.locator('input[name="values.dropout_count"]').fill("0");
  await first!.getByRole("button", { name: "保存草稿" }).click();
  await expect(first!.getByRole("status").filter({ hasText: "草稿已保存。" })).toBeVisible();

  await second!.locator('input[name="values.dropout_count"]').fill("2");
  await second!.locator('textarea[name="notes.dropout_count"]').fill("新增两名");
  await second!.getByRole("button", { name: "保存草稿" }).click();
  await expect(second!.getByRole("alert").filter({ hasText: "其他人在您打开后修改了此报送" })).toBeVisible();
  await expect(second!.getByText("义务教育阶段失学辍学学生数：0")).toBeVisible();
  const stored = await e2eDatabase().query<{ value: string }>(
    `SELECT value::text FROM submission_values WHERE submission_id = $1 AND indicator_key = 'dropout_count'`,
    [id],
  );
  expect(Number(stored.rows[0]?.value)).toBe(0);
  await Promise.all(contexts.map((context) => context.close()));
});
