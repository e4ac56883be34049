import { ruralGroupShareSql } from "../../support/independent-figures";
import { checkPage } from "../support/axe";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

const GROUP_SHARE = "rural_schools_in_groups_share";

async function groupShare(place: "city_id" | "county_id", id: number): Promise<string> {
  const { rows } = await e2eDatabase().query<{ share: number }>(ruralGroupShareSql(place), [id]);
  return `${rows[0]!.share.toFixed(1)}%`;
}

async function userPlace(login: string) {
  const { rows } = await e2eDatabase().query<{ city_id: number; county_id: number; school_id: number }>(
    "SELECT city_id, county_id, school_id FROM users WHERE login_name = $1",
    [login],
  );
  return rows[0]!;
}

const headline = (page: import("@playwright/test").Page, key: string) =>
  page.locator(`[data-indicator="${key}"] [data-testid="headline-value"]`);

test("city staff: the city dashboard shows the computed figure, drills into a county, and reads in English", async ({
  page,
}, testInfo) => {
  const { city_id } = await userPlace("jinan.staff");
  await signedInAs(page, "jinan.staff");
  await page.goto("/");
  await expect(page).toHaveURL(/\/city$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市乡村教育振兴监测");
  const share = await groupShare("city_id", city_id);
  await expect(headline(page, GROUP_SHARE)).toContainText(share);
  // The card says why its status is what it is: the 100% target's deadline (end of 2025) has passed.
  await expect(page.locator(`[data-indicator="${GROUP_SHARE}"]`)).toContainText(
    share === "100.0%" ? "当前值已达到目标。" : "目标期限已过，仍未达到。",
  );
  // The current quarter's report strip counts the counties' reports as the database holds them.
  const { rows: strip } = await e2eDatabase().query<{
    total: number;
    approved: number;
    submitted: number;
    missing: number;
  }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE s.state = 'APPROVED')::int AS approved,
            count(*) FILTER (WHERE s.state = 'SUBMITTED')::int AS submitted,
            count(*) FILTER (WHERE s.state IS NULL OR s.state IN ('NOT_STARTED', 'DRAFT', 'RETURNED'))::int AS missing
       FROM counties c
       JOIN reporting_periods p ON p.city_id = c.city_id
        AND p.year = extract(year FROM now() AT TIME ZONE 'UTC')
        AND p.quarter = extract(quarter FROM now() AT TIME ZONE 'UTC')
       LEFT JOIN submissions s ON s.period_id = p.id AND s.county_id = c.id
      WHERE c.city_id = $1`,
    [city_id],
  );
  const { total, approved, submitted, missing } = strip[0]!;
  expect(total).toBeGreaterThan(0);
  await expect(
    page.getByText(`${approved}/${total} 个县区已审核，${submitted} 个待审核，${missing} 个未提交`),
  ).toBeVisible();
  await checkPage(page, testInfo, "city-dashboard");

  // Each chart has its figures as a table: the county comparison lists 商河县 with the heat table's value.
  const comparison = page.getByRole("figure").filter({ has: page.getByRole("img", { name: /对比柱状图/ }) });
  await comparison.getByText("数据表").click();
  const shangheBar = comparison.getByRole("row", { name: /^商河县/ });
  await expect(shangheBar).toBeVisible();
  const heatCell = page
    .getByRole("table", { name: "各县（市、区）指标对照" })
    .getByRole("row", { name: /商河县/ })
    .getByRole("cell")
    .first();
  // A bare cell (decision 0052) still gives its status as a symbol, a word for screen readers and a tooltip.
  await expect(heatCell).toHaveText(/^[√○△×—·](已达标|进展正常|有风险|滞后|无数据|未设目标)：/);
  await expect(heatCell).toHaveAttribute("title", /^(已达标|进展正常|有风险|滞后|无数据|未设目标)$/);
  const heatValue = (await heatCell.innerText()).match(/[\d.]+/)?.[0];
  expect(heatValue).toBeTruthy();
  await expect(shangheBar.getByRole("cell")).toHaveText(heatValue!);

  // Peer group and sorting live in the URL.
  await page.getByLabel("县区类型").selectOption("counties");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/group=counties/);
  const heatTable = page.getByRole("table", { name: "各县（市、区）指标对照" });
  await heatTable.getByRole("link", { name: "乡村学校纳入城乡教育集团的比例" }).click();
  await expect(page).toHaveURL(new RegExp(`sort=${GROUP_SHARE}`));

  await page
    .getByRole("table", { name: "各县（市、区）指标对照" })
    .getByRole("link", { name: "商河县" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("商河县乡村教育振兴监测");
  await expect(
    page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "济南市" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shanghe County rural education monitor");
  await expect(page.getByRole("list", { name: "Programme targets" })).toBeVisible();
});

test("county officer: the county dashboard matches the data, lists its schools and opens one", async ({
  page,
}, testInfo) => {
  const { county_id } = await userPlace("jinan.shanghe");
  await signedInAs(page, "jinan.shanghe");
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/counties/${county_id}$`));
  await expect(headline(page, GROUP_SHARE)).toContainText(await groupShare("county_id", county_id));
  await expect(page.getByRole("heading", { name: "差异系数（校际均衡）" })).toBeVisible();
  // The county's own value of each resource indicator and the school standard stand beside its CV (issue 22).
  const balance = page.getByRole("table", { name: "差异系数（校际均衡）" });
  await expect(balance.getByRole("columnheader", { name: "县域值" })).toBeVisible();
  await expect(balance.getByRole("row", { name: /小学.*多媒体/ })).toContainText(/\d+\.\d{2}.*≥ \d+\.\d{2}/);
  await expect(page.getByRole("img", { name: "教师年龄金字塔，城镇与农村学校对比" })).toBeVisible();
  await checkPage(page, testInfo, "county-dashboard");

  // The compliance table pages through the county's schools; the page is in the URL. The first screen shows 15
  // (decision 0052), and every other school is on a later page: the pages' rows add up to the total.
  const pager = page.getByRole("navigation", { name: "分页" });
  await expect(pager).toContainText(/第 1 \/ \d+ 页/);
  const schoolRows = page.getByRole("table", { name: "学校达标情况" }).locator("tbody tr");
  await expect(schoolRows).toHaveCount(15);
  const [, total, pageCount] = (await pager.locator("p").innerText()).match(/共 (\d+) 条，第 1 \/ (\d+) 页/)!;
  expect(Number(pageCount)).toBe(Math.ceil(Number(total) / 15));
  await pager.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pager).toContainText(/第 2 \/ \d+ 页/);
  await page.goto(`/counties/${county_id}?page=${pageCount}`);
  await expect(pager).toContainText(`第 ${pageCount} / ${pageCount} 页`);
  await expect(schoolRows).toHaveCount(Number(total) - 15 * (Number(pageCount) - 1));
  await page.goto(`/counties/${county_id}`);

  // The table's own filters narrow it to a level (the database filters and pages; the page starts again at 1).
  const schoolFilters = page.getByRole("search", { name: "学校筛选" });
  await schoolFilters.getByLabel("学段").selectOption("JUNIOR");
  await schoolFilters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/level=JUNIOR/);
  await expect(page).not.toHaveURL(/page=2/);
  const table = page.getByRole("table", { name: "学校达标情况" });
  await expect(table.locator("tbody tr").first()).toBeVisible();
  const levels = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(levels.length).toBeGreaterThan(0);
  expect(new Set(levels)).toEqual(new Set(["初级中学"]));

  const firstSchool = table.locator("tbody tr a").first();
  const schoolName = (await firstSchool.textContent())!;
  await firstSchool.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(schoolName);
});

test("city leader: the same city dashboard, read-only", async ({ page }, testInfo) => {
  await signedInAs(page, "jinan.leader");
  await page.goto("/");
  await expect(page).toHaveURL(/\/city$/);
  await expect(page.locator("[data-indicator]")).toHaveCount(9);
  await checkPage(page, testInfo, "leader-city-dashboard");
});
