import { signedInPage, signIn } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

const SECOND_OFFICER = "jinan.shanghe.progress";

// The problem-progress card (问题整改进展) is shared by every user of one role and scope until its data version
// moves (decision 0053): a problem one county officer records must reach another officer's next visit, which fails if
// a problem write leaves the county's version where it was.
test("a problem one county officer records shows in the progress card another officer of the county sees", async ({
  browser,
}) => {
  const database = e2eDatabase();
  // A second officer of 商河, the same role and scope as jinan.shanghe (the demo has one per county).
  await database.query(
    `INSERT INTO users (login_name, display_name, password_hash, role, city_id, county_id, is_active,
                        must_change_password, password_changed_at, updated_at)
     SELECT $1, '商河县问题管理员', password_hash, role, city_id, county_id, true, false, password_changed_at, now()
     FROM users WHERE login_name = 'jinan.shanghe'
     ON CONFLICT (login_name) DO NOTHING`,
    [SECOND_OFFICER],
  );
  const reader = await (await browser.newContext()).newPage();
  await signIn(reader.request, SECOND_OFFICER);
  const writer = await signedInPage(browser, "jinan.shanghe");

  const total = async (page: typeof reader) => {
    await page.goto("/");
    const card = page.locator("section", { has: page.getByRole("heading", { name: "问题整改进展" }) });
    const row = card.getByRole("row").filter({ hasText: "商河县" });
    // An empty ledger shows a sentence instead of the table; the card streams in after the page's head, so wait for
    // either before counting.
    const empty = card.getByText("尚未登记整改问题");
    await expect(row.or(empty).first()).toBeVisible();
    if ((await row.count()) === 0) return 0;
    return Number((await row.getByRole("cell").nth(1).innerText()).replace(/,/g, ""));
  };

  // Both officers read the card first, so that the shared entry of before is what the cache holds.
  const before = await total(reader);
  expect(await total(writer)).toBe(before);

  // The writer records a problem of the county by hand (a new item key each run: one open problem per unit and item).
  await writer.goto("/problems/new");
  await writer.getByLabel("县（市、区）").selectOption({ label: "商河县" });
  await writer.getByLabel("问题来源").selectOption({ label: "督导检查" });
  await writer.getByLabel("指标或标准项").fill(`e2e.progress_card.${Date.now()}`);
  await writer.getByLabel("完成时限").fill("2027-06-30");
  await writer.getByLabel("责任单位").fill("商河县教体局");
  await writer.getByLabel("责任人").fill("李科长");
  await writer.getByLabel("问题描述").fill("进展卡片核对用问题");
  await writer.getByRole("button", { name: "保存问题" }).click();
  await expect(writer.getByRole("heading", { level: 1 })).toHaveText("进展卡片核对用问题");

  // The other officer's next visit counts it, as does the writer's.
  expect(await total(reader)).toBe(before + 1);
  expect(await total(writer)).toBe(before + 1);

  for (const page of [reader, writer]) await page.context().close();
});
