// Issue 18 in one piece: city staff create a monthly 调度表 and open a month; 平阴县's officer finds it under
// "what needs you"; city staff send 催报 from the period's board and it arrives in the officer's inbox (bell,
// list) and at the local SMTP sink (tests/setup/e2e-server.ts) through the job engine; the officer saves the value,
// attaches a PDF to it and submits; city staff approve, and the approval notice arrives in both places too.
import { PDF_BYTES } from "../../support/evidence-file";
import { signedInAs, signIn } from "../support/auth";
import { E2E_MAIL_ADDRESS, E2E_MAIL_COUNTY } from "../support/config";
import { e2eDatabase } from "../support/database";
import { mailsTo } from "../support/mailbox";
import { expect, test } from "../support/test";

const COLLECTION = "控辍保学月调度";
const PERIOD = `${COLLECTION} 2026年10月`;
const APP = "乡村教育振兴监测平台";

test("a monthly collection: what needs you, 催报 and approval by inbox and e-mail, a value with its evidence", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const { rows } = await e2eDatabase().query<{ login: string }>(
    `SELECT u.login_name AS login FROM users u JOIN counties c ON c.id = u.county_id
      WHERE c.name = $1 AND u.role = 'COUNTY_OFFICER' AND u.email = $2`,
    [E2E_MAIL_COUNTY, E2E_MAIL_ADDRESS],
  );
  const officerLogin = rows[0]!.login;

  // City staff define the collection with one custom item and open October 2026.
  await signedInAs(page, "jinan.staff");
  await page.goto("/collections/new");
  await page.locator('input[name="nameZh"]').fill(COLLECTION);
  await page.locator('input[name="deadlineDays"]').fill("5");
  await page.locator('input[name="custom.0.nameZh"]').fill("劝返复学人数");
  await page.locator('input[name="custom.0.unit"]').fill("人");
  await page.locator('input[name="custom.0.max"]').fill("100");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/collections\/\d+$/);
  await page.getByLabel("年份").fill("2026");
  await page.getByLabel("期次").fill("10");
  await page.getByRole("button", { name: "开启", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已开启本期调度" })).toBeVisible();
  const periodId = (
    await e2eDatabase().query<{ id: number }>(
      `SELECT p.id FROM reporting_periods p JOIN collections c ON c.id = p.collection_id
        WHERE c.name_zh = $1 AND p.year = 2026 AND p.sequence = 10`,
      [COLLECTION],
    )
  ).rows[0]!.id;

  // The officer finds the new month under "what needs you"; nothing in the inbox yet.
  const officerContext = await browser.newContext();
  await signIn(officerContext.request, officerLogin);
  const officer = await officerContext.newPage();
  await officer.goto("/");
  const panel = officer.locator("section", { has: officer.getByRole("heading", { name: "待办事项" }) });
  const toForm = panel.getByRole("link", { name: new RegExp(`^去填报\\s*: ${PERIOD}$`) });
  await expect(toForm).toBeVisible();
  await expect(officer.getByRole("link", { name: /^消息(?!渠道)/ }).first()).toHaveAccessibleName("消息");

  // 催报 from the period's board, to 平阴县 alone.
  await page.goto(`/submissions/periods/${periodId}`);
  const urge = page.locator("form", { has: page.getByRole("button", { name: "发送催报" }) });
  for (const box of await urge.getByRole("checkbox").all()) await box.uncheck();
  await urge.getByRole("checkbox", { name: new RegExp(`^${E2E_MAIL_COUNTY}`) }).check();
  await urge.getByRole("button", { name: "发送催报" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText("已向所选县（市、区）发送催报。")).toBeVisible();

  const urgeTitle = `市教育局催报：${E2E_MAIL_COUNTY}「${PERIOD}」`;
  await officer.reload();
  await expect(officer.getByRole("link", { name: "消息，1 条未读" }).first()).toBeVisible();
  await officer.getByRole("link", { name: "消息，1 条未读" }).first().click();
  await expect(officer).toHaveURL(/\/inbox$/);
  const list = officer.getByRole("list", { name: "消息列表" });
  await expect(list.getByRole("heading", { name: new RegExp(urgeTitle) })).toBeVisible();
  // The e-mail: sent by the job engine right after the request, to the officer's address, the period named.
  await expect
    .poll(() => mailsTo(E2E_MAIL_ADDRESS).map((mail) => mail.subject), { timeout: 30_000 })
    .toEqual([`【${APP}】${urgeTitle}`]);
  const [urgeMail] = mailsTo(E2E_MAIL_ADDRESS);
  expect(urgeMail!.to).toEqual([E2E_MAIL_ADDRESS]);
  expect(urgeMail!.text).toMatch(new RegExp(`http://localhost:\\d+/submissions/\\d+`));

  // The officer types the value, saves the draft, attaches a PDF to the item and submits.
  await officer.goto("/");
  await toForm.click();
  // A monthly collection's columns say month, and it has no quarterly year-to-date column.
  const headings = officer.getByRole("table").first().getByRole("columnheader");
  await expect(headings).toHaveText(["指标", "单位", "上月", "本月", "说明"]);
  const field = officer.locator('input[name^="values.c"]');
  await field.fill("7");
  await officer.getByRole("button", { name: "保存草稿" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "草稿已保存。" })).toBeVisible();
  const submissionUrl = officer.url();
  await officer.getByLabel("填报项").selectOption({ label: "劝返复学人数" });
  await officer.getByLabel("佐证材料文件").setInputFiles({
    name: "劝返名单.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(PDF_BYTES),
  });
  await officer.getByRole("button", { name: "上传佐证材料" }).click();
  await expect(officer.getByText("已上传 1 个佐证材料。")).toBeVisible();
  await expect(
    officer.getByRole("list", { name: "劝返复学人数的佐证材料" }).getByRole("listitem"),
  ).toContainText("劝返名单.pdf");
  await officer.getByRole("button", { name: "提交审核" }).click();
  await officer.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "已提交，等待市教育局审核。" })).toBeVisible();

  // City staff see the evidence and approve.
  await page.goto(new URL(submissionUrl).pathname);
  await expect(
    page.getByRole("list", { name: "劝返复学人数的佐证材料" }).getByRole("link", { name: "劝返名单.pdf" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("button", { name: "审核通过" })).toHaveCount(0);

  // The approval notice: in the inbox, unread beside the 催报 read or not, and at the sink.
  const approvedTitle = `${E2E_MAIL_COUNTY}「${PERIOD}」已审核通过`;
  await officer.goto("/inbox");
  await expect(list.getByRole("heading", { name: new RegExp(approvedTitle) })).toBeVisible();
  await expect(officer.getByRole("link", { name: "消息，2 条未读" }).first()).toBeVisible();
  await expect
    .poll(() => mailsTo(E2E_MAIL_ADDRESS).map((mail) => mail.subject), { timeout: 30_000 })
    .toEqual([`【${APP}】${urgeTitle}`, `【${APP}】${approvedTitle}`]);

  const { rows: values } = await e2eDatabase().query<{ state: string; value: string; files: number }>(
    `SELECT s.state, v.value::text AS value,
            (SELECT count(*)::int FROM evidence_files f WHERE f.submission_value_id = v.id) AS files
       FROM submissions s JOIN counties k ON k.id = s.county_id JOIN submission_values v ON v.submission_id = s.id
      WHERE s.period_id = $1 AND k.name = $2`,
    [periodId, E2E_MAIL_COUNTY],
  );
  expect(values).toEqual([{ state: "APPROVED", value: "7.0000", files: 1 }]);
  await officerContext.close();
});
