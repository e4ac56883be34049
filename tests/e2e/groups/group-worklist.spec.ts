// Education groups (issue 15; decision 0020): a county officer adds a rural school from the worklist to an
// urban-rural group and the group-coverage figure on the county dashboard moves at once; the group page lists it.
import { ruralGroupShareSql } from "../../support/independent-figures";
import { checkPage } from "../support/axe";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

const GROUP_SHARE = "rural_schools_in_groups_share";

async function countyShare(countyId: number): Promise<string> {
  const { rows } = await e2eDatabase().query<{ share: number }>(ruralGroupShareSql("county_id"), [countyId]);
  return `${rows[0]!.share.toFixed(1)}%`;
}

test("a county officer adds a rural school from the worklist to a group and the coverage figure moves", async ({
  page,
}, testInfo) => {
  const { rows } = await e2eDatabase().query<{ county_id: number }>(
    "SELECT county_id FROM users WHERE login_name = 'jinan.shanghe'",
  );
  const countyId = rows[0]!.county_id;
  const figure = page.locator(`[data-indicator="${GROUP_SHARE}"] [data-testid="headline-value"]`);

  await signedInAs(page, "jinan.shanghe");
  await page.goto("/");
  const before = await countyShare(countyId);
  await expect(figure).toContainText(before);

  await page.getByRole("link", { name: "待入集团学校" }).click();
  // The menu marks this page only, not 教育集团 (/groups) above it.
  // The phone's menu holds a copy of the links, hidden on a wide screen: count what the reader sees.
  const current = page
    .getByRole("navigation", { name: "主导航" })
    .locator('[aria-current="page"]')
    .filter({ visible: true });
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText("待入集团学校");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("待入集团的乡村学校");
  await checkPage(page, testInfo, "group-worklist");
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: "加入集团" }) })
    .first();
  const schoolName = (await row.getByRole("cell").nth(1).textContent())!.trim();
  const group = row.getByLabel("加入集团");
  await group.selectOption({ index: 1 });
  const groupName = (await group.locator("option:checked").textContent())!.trim();
  await row.getByRole("button", { name: "加入集团" }).click();
  await expect(page.getByText(`${schoolName}已加入${groupName}。`)).toBeVisible();

  const after = await countyShare(countyId);
  expect(after).not.toBe(before);
  await page.getByRole("link", { name: "总览" }).click();
  await expect(figure).toContainText(after);

  // The group page shows the school among its current members, with its figures side by side.
  await page.getByRole("link", { name: "教育集团", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("教育集团");
  await checkPage(page, testInfo, "group-list");
  await page.getByLabel("搜索").fill(groupName);
  await page.getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: groupName, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(groupName);
  await expect(page.getByRole("table", { name: "捆绑评价" })).toContainText(schoolName);
  await checkPage(page, testInfo, "group-page");
});
