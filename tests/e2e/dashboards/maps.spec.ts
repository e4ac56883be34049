import { checkPage } from "../support/axe";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

async function citiesCounties(login: string) {
  const { rows } = await e2eDatabase().query<{ id: number; name: string; code: string | null }>(
    `SELECT c.id, c.name, c.code FROM counties c JOIN users u ON u.city_id = c.city_id
      WHERE u.login_name = $1 ORDER BY c.sort_order, c.id`,
    [login],
  );
  return rows;
}

test("city staff: the dashboard's county map has a linked square per county, a status legend and a table", async ({
  page,
}, testInfo) => {
  const counties = await citiesCounties("jinan.staff");
  expect(counties.length).toBeGreaterThan(5);
  await signedInAs(page, "jinan.staff");
  await page.goto("/city");
  const map = page.getByRole("group", { name: /济南市各县（市、区）.*分布示意图/ });
  await expect(map).toBeVisible();
  // One linked square per county of the city, each keyed by its official code where it has one.
  await expect(map.locator("a")).toHaveCount(counties.length);
  await expect(map.locator("path")).toHaveCount(counties.length);
  for (const county of counties.filter((item) => item.code)) {
    await expect(map.locator(`path[data-code="${county.code}"]`)).toHaveCount(1);
  }
  // The default indicator is the first headline one; colouring is by status with a legend of statuses.
  const mapCard = page.locator("section", { has: map });
  await expect(mapCard.getByRole("navigation", { name: "指标" }).locator("[aria-current=true]")).toHaveText(
    "城市与农村义务教育教师本科及以上学历比例之比",
  );
  // The same figures read as a table.
  await mapCard.getByText("以表格查看").click();
  await expect(mapCard.getByRole("table", { name: /分布示意图/ }).locator("tbody tr")).toHaveCount(
    counties.length,
  );
  await checkPage(page, testInfo, "city-map");
});

test("city staff: the dashboard's map switches colouring and indicator, and a square opens its county", async ({
  page,
}) => {
  const counties = await citiesCounties("jinan.staff");
  await signedInAs(page, "jinan.staff");
  await page.goto("/city");
  const mapCard = page.locator("section", { has: page.getByRole("group", { name: /分布示意图/ }) });

  // By value: the legend turns into figure ranges.
  await mapCard.getByRole("link", { name: "按数值" }).click();
  await expect(page).toHaveURL(/mapBy=value/);
  await expect(mapCard.getByRole("list", { name: "图例" })).toContainText("–");

  // Another indicator keeps the colouring.
  await mapCard.getByRole("link", { name: "乡村学校纳入城乡教育集团的比例" }).click();
  await expect(page).toHaveURL(/map=rural_schools_in_groups_share/);
  await expect(page).toHaveURL(/mapBy=value/);

  // A square drills down to the county's dashboard.
  const first = counties[0]!;
  await page
    .getByRole("group", { name: /分布示意图/ })
    .getByRole("link", { name: new RegExp(`^${first.name}：`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/counties/${first.id}\\?period=`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(first.name);
});

test("city staff: an indicator's page maps the counties for it and a square opens that county's figure", async ({
  page,
}) => {
  const counties = await citiesCounties("weifang.staff");
  await signedInAs(page, "weifang.staff");
  await page.goto("/indicators/rural_schools_in_groups_share");
  const map = page.getByRole("group", { name: /潍坊市各县（市、区）.*分布示意图/ });
  await expect(map.locator("a")).toHaveCount(counties.length);
  // The breakdown table under the map has the same figures, so the map offers no second one.
  await expect(page.getByText("以表格查看")).toHaveCount(0);
  await expect(page.getByRole("table", { name: "下级单位" }).locator("tbody tr")).toHaveCount(
    counties.length,
  );
  const county = counties.find((item) => item.code === "370725")!; // 昌乐县
  await map.getByRole("link", { name: /^昌乐县：/ }).click();
  await expect(page).toHaveURL(
    new RegExp(`/indicators/rural_schools_in_groups_share\\?county=${county.id}$`),
  );
});
