// The 整改台账 (issue 19, decisions 0025 and 0027): city staff generate the problems the figures call for; a county's
// own problem is worked by the county officer to submission with an evidence file, returned by city staff with a
// reason, resubmitted and accepted; the ledger, the dashboard and the briefing count it.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PDF_BYTES } from "../../support/evidence-file";
import { expect, test } from "../support/test";
import { signedInPage } from "../support/auth";
import { checkPage } from "../support/axe";

const ITEM = "e2e.library_books";

/** The text of a PDF as pdftotext reads it, without the spaces and line breaks of its layout. */
const pdfText = (file: string) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s/g, "");

test("city staff generate problems, a county works one, the city returns it with a reason and accepts it", async ({
  browser,
}, testInfo) => {
  const staff = await signedInPage(browser, "jinan.staff");
  await staff.goto("/");
  await staff.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "整改台账" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("整改台账");
  await staff.getByRole("link", { name: "从监测数据生成" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("从监测数据生成问题清单");
  const generate = staff.getByRole("button", { name: /^生成 \d+ 个问题$/ });
  const count = Number(/\d+/.exec((await generate.textContent()) ?? "")![0]);
  expect(count).toBeGreaterThan(0);
  await generate.click();
  await staff.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(staff).toHaveURL(/\/problems\?source=FIGURE/);
  await expect(staff.getByTestId("count-OPEN")).toHaveText(String(count));
  await checkPage(staff, testInfo, "problem-ledger");
  // Generating again finds every unit and item already open.
  await staff.goto("/problems/generate");
  await expect(staff.getByText("当前数据没有需要新生成的问题")).toBeVisible();

  // A county's own problem, entered by hand (the city accepts it).
  await staff.goto("/problems/new");
  await staff.getByLabel("县（市、区）").selectOption({ label: "商河县" });
  await staff.getByLabel("问题来源").selectOption({ label: "督导检查" });
  await staff.getByLabel("指标或标准项").fill(ITEM);
  await staff.getByLabel("完成时限").fill("2027-06-30");
  await staff.getByLabel("责任单位").fill("商河县教体局");
  await staff.getByLabel("责任人").fill("王主任");
  await staff.getByLabel("问题描述").fill("县域学校生均图书不足");
  await staff.getByLabel("整改措施").fill("一县一策：分两年补充图书");
  await staff.getByRole("button", { name: "保存问题" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("县域学校生均图书不足");
  const problemUrl = staff.url();
  // City staff accept; they do not work the problem.
  await expect(staff.getByText("当前状态下您无可执行的操作。")).toBeVisible();

  const officer = await signedInPage(browser, "jinan.shanghe");
  await officer.goto(problemUrl);
  await officer.getByRole("button", { name: "开始整改" }).click();
  // A step the state no longer offers leaves the page; the state and the history show it was taken.
  await expect(officer.getByRole("heading", { level: 2, name: "整改中" })).toBeVisible();
  await officer.getByLabel("进展情况").fill("已采购图书 2 万册");
  await officer.getByLabel("当前数值（可选）").fill("28.5");
  // 佐证材料: a PDF, checked by its first bytes on the server.
  await officer.getByLabel("佐证材料（可选）").setInputFiles({
    name: "图书入库清单.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(PDF_BYTES),
  });
  await officer.getByRole("button", { name: "报送进展" }).click();
  await expect(officer.getByText("进展已报送。")).toBeVisible();
  const evidence = officer.getByRole("list", { name: "佐证材料" });
  await expect(evidence.getByRole("listitem")).toContainText(/图书入库清单\.pdf · 1 KB · .+ · /);
  await officer.getByRole("button", { name: "申请销号" }).click();
  await expect(officer.getByText("已申请销号，等待市级验收。")).toBeVisible();
  await expect(officer.getByRole("button", { name: "验收销号" })).toHaveCount(0);

  await staff.reload();
  // The level above reads the evidence before it decides.
  const file = staff.waitForEvent("download");
  await staff.getByRole("link", { name: "图书入库清单.pdf" }).click();
  const downloaded = await file;
  expect(downloaded.suggestedFilename()).toBe("图书入库清单.pdf");
  expect(
    readFileSync((await downloaded.path())!)
      .subarray(0, 5)
      .toString("latin1"),
  ).toBe("%PDF-");
  // Another city's county officer cannot read it by its address.
  const fileHref = await staff.getByRole("link", { name: "图书入库清单.pdf" }).getAttribute("href");
  const other = await signedInPage(browser, "binzhou.huimin");
  expect((await other.request.get(fileHref!)).status()).toBe(404);
  await other.context().close();
  await staff.getByRole("button", { name: "退回整改" }).click();
  // A return says why: refused without a reason.
  await expect(staff.getByText("此项为必填。")).toBeVisible();
  await staff.getByLabel("退回原因").fill("缺少图书入库清单");
  await staff.getByRole("button", { name: "退回整改" }).click();
  await expect(staff.getByRole("heading", { level: 2, name: "已退回" })).toBeVisible();
  await expect(staff.getByRole("status").filter({ hasText: "退回原因：缺少图书入库清单" })).toBeVisible();

  await officer.reload();
  await expect(officer.getByText("退回原因：缺少图书入库清单")).toBeVisible();
  await officer.getByRole("button", { name: "开始整改" }).click();
  // A step the state no longer offers leaves the page; the state and the history show it was taken.
  await expect(officer.getByRole("heading", { level: 2, name: "整改中" })).toBeVisible();
  await officer.getByRole("button", { name: "申请销号" }).click();
  await expect(officer.getByText("已申请销号，等待市级验收。")).toBeVisible();

  await staff.reload();
  await staff.getByRole("button", { name: "验收销号" }).click();
  await staff.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(staff.getByRole("heading", { level: 2, name: "已销号" })).toBeVisible();
  const history = staff.getByRole("list", { name: "整改记录" });
  // One entry per step (the evidence list inside the progress report's entry aside).
  await expect(history.locator(":scope > li")).toHaveCount(8);
  await expect(history).toContainText("缺少图书入库清单");

  await staff.goto(`/problems?item=${ITEM}`);
  await expect(staff.getByTestId("count-ACCEPTED")).toHaveText("1");
  await expect(staff.getByTestId("count-OPEN")).toHaveText("0");
  await expect(staff.getByRole("row", { name: /县域学校生均图书不足/ })).toContainText("已销号");
  // The ledger as bureaus keep it, under the same filters.
  const download = staff.waitForEvent("download");
  await staff.getByRole("link", { name: "导出 Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/^整改台账-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // The city dashboard reports each county's progress: problems, accepted, closure rate, overdue.
  await staff.goto("/city");
  const progress = staff.getByRole("table", { name: "问题整改进展" });
  await expect(progress.getByRole("columnheader", { name: "销号率" })).toBeVisible();
  await expect(progress.getByRole("row", { name: /^商河县/ })).toContainText(/\d+(\.\d)?%/);

  // The briefing's 五、问题整改进展 counts the same ledger: every generated problem and the one accepted.
  await staff.goto("/reports");
  const briefing = staff.waitForEvent("download");
  await staff.getByRole("link", { name: "下载简报（PDF）" }).first().click();
  const text = pdfText((await (await briefing).path())!);
  expect(text).toContain("五、问题整改进展");
  const [, total, accepted] = /全市共登记整改问题(\d+)个.*已销号(\d+)个/.exec(text) ?? [];
  expect(Number(total)).toBeGreaterThanOrEqual(count + 1);
  expect(Number(accepted)).toBeGreaterThanOrEqual(1);
  await officer.context().close();
  await staff.context().close();
});
