// Supervision visits (督导, decision 0027): a county officer records a 责任督学挂牌 visit to one of its schools with
// two findings, raises one as a problem of the ledger, and the school's page shows the visit and the problem.
import { e2eDatabase } from "../support/database";
import { signedInPage } from "../support/auth";
import { expect, test } from "../support/test";

test("a county officer records a visit, raises a finding as a problem, and the school's page shows both", async ({
  browser,
}) => {
  const { rows } = await e2eDatabase().query<{ id: number; code: string }>(
    `SELECT s.id, s.code FROM schools s JOIN counties c ON c.id = s.county_id
      WHERE c.name = '商河县' ORDER BY s.id LIMIT 1`,
  );
  const school = rows[0]!;
  const officer = await signedInPage(browser, "jinan.shanghe");
  await officer.goto("/");
  await officer.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "督导检查" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("督导检查");
  await officer.getByRole("link", { name: "登记督导" }).click();
  await officer.getByLabel("学校标识码").fill(school.code);
  await officer.getByLabel("督导日期").fill("2026-11-20");
  await officer.getByLabel("督导类型").selectOption({ label: "责任督学挂牌" });
  await officer.getByLabel("督导人员（姓名）").fill("王督学、李督学");
  await officer.getByLabel("发现问题").fill("功能教室数量不足\n图书更新不及时");
  await officer.getByRole("button", { name: "保存督导记录" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toContainText("责任督学挂牌");
  const findings = officer.getByRole("list", { name: "发现问题" });
  await expect(findings.getByRole("listitem")).toHaveCount(2);
  await findings.getByRole("listitem").first().getByRole("button", { name: "列入整改台账" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("功能教室数量不足");
  // The problem names its source (the menu's own 督导检查 link does not count).
  await expect(officer.getByRole("main").getByText("督导检查", { exact: true }).first()).toBeVisible();

  await officer.goto(`/schools/${school.id}`);
  await expect(officer.getByRole("heading", { name: "督导与整改" })).toBeVisible();
  await expect(officer.getByRole("table", { name: "督导记录" })).toContainText("王督学、李督学");
  await expect(officer.getByRole("list", { name: "整改问题" })).toContainText("功能教室数量不足");
  await officer.context().close();
});
