// 提出更正 (issue 15; decision 0033): a principal proposes a correction of its school's register entry, the county
// officer reviews it beside the register's current value and accepts it, and the school's record shows the
// corrected name. The principal's own school is in the officer's county (惠民县 in the seed).
import { expect, test } from "../support/test";
import { signedInAs, signedInPage } from "../support/auth";
import { checkPage } from "../support/axe";
import { e2eDatabase } from "../support/database";

test("a principal proposes a correction, the county officer accepts it, and the school record shows it", async ({
  page,
  browser,
}, testInfo) => {
  const { rows } = await e2eDatabase().query<{ id: number; name: string }>(
    `SELECT s.id, s.name FROM schools s JOIN users u ON u.school_id = s.id WHERE u.login_name = 'binzhou.principal'`,
  );
  const school = rows[0]!;
  const corrected = `${school.name}（更正）`;

  await signedInAs(page, "binzhou.principal");
  await page.goto(`/schools/${school.id}`);
  await page.getByRole("link", { name: "提出更正" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`学校信息更正 · ${school.name}`);
  await expect(page.getByLabel("学校名称")).toHaveValue(school.name);

  // Unchanged fields are refused, and what was typed stays.
  await page.getByLabel("更正依据").fill("名称与批复文件不一致");
  await page.getByRole("button", { name: "提交更正申请" }).click();
  await expect(page.getByText("没有修改任何字段")).toBeVisible();
  await expect(page.getByLabel("更正依据")).toHaveValue("名称与批复文件不一致");

  await page.getByLabel("学校名称").fill(corrected);
  await page.getByRole("button", { name: "提交更正申请" }).click();
  await expect(page.getByText("更正申请已提交")).toBeVisible();
  const record = page.getByRole("listitem").filter({ hasText: corrected });
  await expect(record).toContainText("待审核");
  await expect(record.getByRole("button", { name: "撤回" })).toBeVisible();
  await checkPage(page, testInfo, "school-correction");

  // The county officer finds it from the register, pending, with the register's value beside the proposed one.
  const officer = await signedInPage(browser, "binzhou.huimin");
  await officer.goto("/schools");
  await officer
    .getByRole("main")
    .getByRole("link", { name: /更正审核.*待审核 1 条/ })
    .click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("学校信息更正审核");
  const proposal = officer.getByRole("listitem").filter({ hasText: corrected });
  await expect(proposal.getByRole("row", { name: /学校名称/ })).toContainText(school.name);
  await expect(proposal.getByRole("row", { name: /学校名称/ })).toContainText(corrected);
  await checkPage(officer, testInfo, "school-proposals");
  await proposal.getByRole("button", { name: "采纳" }).click();
  await officer.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(proposal.getByText("更正已采纳")).toBeVisible();
  await expect(proposal).toContainText("已采纳");
  await officer.context().close();

  // The record reads the corrected name; the accept is in the audit log.
  await page.goto(`/schools/${school.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(corrected);
  const { rows: audit } = await e2eDatabase().query(
    `SELECT 1 FROM audit_logs WHERE entity = 'school_proposal' AND action = 'accept_correction'
       AND actor_login = 'binzhou.huimin'`,
  );
  expect(audit).toHaveLength(1);
});
