// 催报 (issue 18): city staff remind the counties that still owe the open quarter's report from its board, with one
// confirmed action; the reminders are in the officers' inboxes, once a day.
import { loginAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

test("city staff send 催报 to the counties that owe the open quarter's report", async ({ page }) => {
  const { rows } = await e2eDatabase().query<{ id: number }>(
    `SELECT p.id FROM reporting_periods p JOIN users u ON u.city_id = p.city_id
      WHERE u.login_name = 'binzhou.huimin' AND p.state = 'OPEN' ORDER BY p.year DESC, p.quarter DESC LIMIT 1`,
  );
  const periodId = rows[0]!.id;
  const urged = async () =>
    (
      await e2eDatabase().query<{ count: number }>(
        `SELECT count(*)::int AS count FROM notifications WHERE kind = 'REPORT_URGED' AND dedupe_key LIKE $1`,
        [`urge:${periodId}:%`],
      )
    ).rows[0]!.count;
  await loginAs(page, "binzhou.staff");
  await page.goto(`/submissions/periods/${periodId}`);
  const form = page.locator("form", { has: page.getByRole("button", { name: "发送催报" }) });
  const boxes = form.getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThan(0);
  await form.getByRole("button", { name: "发送催报" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("已向所选县（市、区）发送催报。")).toBeVisible();
  const sent = await urged();
  expect(sent).toBeGreaterThan(0);
  // Again the same day: nobody is reminded twice.
  await form.getByRole("button", { name: "发送催报" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("已向所选县（市、区）发送催报。")).toBeVisible();
  expect(await urged()).toBe(sent);
});
