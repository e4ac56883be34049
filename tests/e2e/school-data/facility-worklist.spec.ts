import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

test("a county officer opens the facility worklist from the county page and reaches a due school's form", async ({
  page,
}) => {
  await signedInAs(page, "jinan.shanghe");
  await page.goto("/");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "办学条件待填报学校" }) });
  await expect(card).toContainText(/\d+ 所学校\d{4}学年办学条件未填报或未更新/);
  await card.getByRole("link", { name: "查看待填报清单" }).click();
  // The county page's card has the same heading: wait for the worklist's own address before reading its table.
  await expect(page).toHaveURL(/\/counties\/\d+\/facilities$/);
  await expect(page.getByRole("heading", { name: "办学条件待填报学校", level: 1 })).toBeVisible();
  const first = page.getByRole("table").getByRole("row").nth(1).getByRole("link");
  const name = (await first.textContent())!;
  const { rows } = await e2eDatabase().query<{ id: number }>(
    `SELECT s.id FROM schools s JOIN users u ON u.login_name = 'jinan.shanghe'
     WHERE s.county_id = u.county_id AND s.name = $1`,
    [name],
  );
  await first.click();
  // The demo's generated names repeat within a county: the link goes to one of the schools of that name.
  await expect(page).toHaveURL(/\/schools\/\d+\/facilities\?year=\d{4}/);
  const opened = Number(/\/schools\/(\d+)\//.exec(page.url())![1]);
  expect(rows.map((row) => row.id)).toContain(opened);
  await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
});
