import { signedInAs, signIn } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

// A returned report reaches its submitter: 潍坊 city staff return 临朐县's report of the open quarter; the county
// officer who submitted it finds it in "what needs you" on the landing page and in the inbox (reached from the bell
// by keyboard), and marks it read. 临朐县's officer is one no other test signs in with (the user-admin test
// deactivates weifang.changle, which ends that account's sessions).
const COUNTY = "临朐县";

async function officerLogin(): Promise<string> {
  const { rows } = await e2eDatabase().query<{ login_name: string }>(
    `SELECT u.login_name FROM users u JOIN counties c ON c.id = u.county_id
      WHERE c.name = $1 AND u.role = 'COUNTY_OFFICER' ORDER BY u.id LIMIT 1`,
    [COUNTY],
  );
  return rows[0]!.login_name;
}

/** The county's report of 潍坊's open quarter, put into "submitted by its officer" as the county's submit leaves it. */
async function submittedReport(login: string) {
  const { rows } = await e2eDatabase().query<{ id: number; year: number; quarter: number }>(
    `WITH report AS (
       SELECT s.id, p.year, p.quarter FROM submissions s
         JOIN reporting_periods p ON p.id = s.period_id
         JOIN counties c ON c.id = s.county_id
       WHERE c.name = $1 AND p.state = 'OPEN'
       ORDER BY p.year DESC, p.quarter DESC LIMIT 1),
     officer AS (SELECT id FROM users WHERE login_name = $2),
     moved AS (
       UPDATE submissions SET state = 'SUBMITTED', version = version + 1, submitted_at = now(),
              submitted_by_id = (SELECT id FROM officer)
       WHERE id = (SELECT id FROM report) RETURNING id),
     revision AS (
       INSERT INTO submission_revisions (submission_id, revision, values, submitted_by_id)
       SELECT m.id, coalesce((SELECT max(revision) FROM submission_revisions WHERE submission_id = m.id), 0) + 1,
              '{}'::jsonb, (SELECT id FROM officer)
       FROM moved m RETURNING submission_id)
     SELECT r.id, r.year, r.quarter FROM report r JOIN revision v ON v.submission_id = r.id`,
    [COUNTY, login],
  );
  return rows[0]!;
}

test("the county officer finds a returned report in what needs you and in the inbox", async ({
  page,
  browser,
}) => {
  const login = await officerLogin();
  const report = await submittedReport(login);
  const title = `${COUNTY}${report.year}年第${report.quarter}季度调度被退回`;

  await signedInAs(page, "weifang.staff");
  await page.goto(`/submissions/${report.id}`);
  await page.getByLabel("退回原因").fill("在校生数与学籍系统不一致");
  await page.getByRole("button", { name: "退回", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已退回县区修改。" })).toBeVisible();
  // The reviewer is not told about their own review.
  await expect(page.getByRole("link", { name: /^消息(?!渠道)/ })).toHaveAccessibleName("消息");

  const context = await browser.newContext();
  await signIn(context.request, login);
  const county = await context.newPage();
  await county.goto("/");
  await expect(county).toHaveURL(/\/counties\/\d+$/);
  const panel = county.locator("section", { has: county.getByRole("heading", { name: "待办事项" }) });
  await expect(panel.getByRole("heading", { name: "退回待修改（1）" })).toBeVisible();
  await expect(panel.getByText("原因：在校生数与学籍系统不一致")).toBeVisible();
  await expect(panel.getByRole("link", { name: /^去修改/ })).toHaveAttribute(
    "href",
    `/submissions/${report.id}`,
  );

  // The bell says how many are unread; it is a link, reached and followed by keyboard.
  const bell = county.getByRole("link", { name: "消息，1 条未读" });
  await bell.focus();
  await county.keyboard.press("Enter");
  await expect(county).toHaveURL(/\/inbox$/);
  await expect(county.getByRole("heading", { level: 1, name: "消息" })).toBeVisible();
  const list = county.getByRole("list", { name: "消息列表" });
  await expect(list.getByRole("heading", { name: new RegExp(title) })).toBeVisible();
  await expect(list.getByText("退回原因：在校生数与学籍系统不一致")).toBeVisible();

  // The button names the message for a screen reader ("标为已读: 临朐县…").
  await list.getByRole("button", { name: new RegExp(`^标为已读\\s*:\\s*${title}$`) }).focus();
  await county.keyboard.press("Enter");
  await expect(list.getByText("未读", { exact: true })).toHaveCount(0);
  await expect(county.getByRole("link", { name: /^消息(?!渠道)/ }).first()).toHaveAccessibleName("消息");
  await county.context().close();
});
