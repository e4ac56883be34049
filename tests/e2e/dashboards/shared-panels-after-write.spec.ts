import { signedInPage, signIn } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

const SECOND_OFFICER = "jinan.shanghe.second";

// The county page's facility worklist and work panel are shared by every officer of the county until its data
// changes (decision 0049): one officer's save must reach another officer's next visit, and the shell around the
// shared panels stays each user's own.
test("a facility save by one county officer updates the worklist card another officer of the county sees", async ({
  browser,
}) => {
  const database = e2eDatabase();
  // A second officer of 商河, the same role and scope as jinan.shanghe (the demo has one per county).
  await database.query(
    `INSERT INTO users (login_name, display_name, password_hash, role, city_id, county_id, is_active,
                        must_change_password, password_changed_at, updated_at)
     SELECT $1, '商河县第二位管理员', password_hash, role, city_id, county_id, true, false, password_changed_at, now()
     FROM users WHERE login_name = 'jinan.shanghe'
     ON CONFLICT (login_name) DO NOTHING`,
    [SECOND_OFFICER],
  );
  const reader = await (await browser.newContext()).newPage();
  await signIn(reader.request, SECOND_OFFICER);
  const writer = await signedInPage(browser, "jinan.shanghe");

  const card = (page: typeof reader) =>
    page.locator("section", { has: page.getByRole("heading", { name: "办学条件待填报学校" }) });
  const dueCount = async (page: typeof reader) => {
    await page.goto("/");
    const text = await card(page).innerText();
    const match = /(\d+) 所学校\d{4}学年办学条件未填报或未更新/.exec(text);
    expect(match, `the worklist count in "${text}"`).not.toBeNull();
    return Number(match![1]);
  };

  // Both officers read the card first, so that the shared entry of before is what the cache holds.
  const before = await dueCount(reader);
  expect(await dueCount(writer)).toBe(before);
  await expect(reader.getByText("商河县第二位管理员")).toBeVisible();

  // The writer fills the last due school's form (prefilled from its latest year) and saves it; the last, so that
  // the list's first rows stay as other tests find them.
  await card(writer).getByRole("link", { name: "查看待填报清单" }).click();
  await expect(writer).toHaveURL(/\/counties\/\d+\/facilities$/);
  await writer.getByRole("table").getByRole("row").last().getByRole("link").click();
  await expect(writer).toHaveURL(/\/facilities\?year=\d{4}/);
  const confirmLarge = writer.getByRole("checkbox", { name: /核对|确认/ });
  if (await confirmLarge.isVisible()) await confirmLarge.check();
  await writer.getByRole("button", { name: "保存" }).click();
  await writer.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(writer.getByText(/学年的办学条件已保存/)).toBeVisible();

  // The other officer's next visit shows one school fewer, and still its own name in the header.
  expect(await dueCount(reader)).toBe(before - 1);
  await expect(reader.getByText("商河县第二位管理员")).toBeVisible();
  expect(await dueCount(writer)).toBe(before - 1);

  for (const page of [reader, writer]) await page.context().close();
});
