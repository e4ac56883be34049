import { signIn, signedInPage } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

const KEY = "gigabit_school_100m_class_share";

type Page = import("@playwright/test").Page;

/** A shown percentage as a number ("83.3%" → 83.3). */
function percentage(text: string): number {
  const match = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  expect(match, `a percentage in "${text}"`).not.toBeNull();
  return Number(match![1]);
}

/** The county's figure: on its own indicator page, or (`row`) in the breakdown of the city's. */
async function figureOn(page: Page, path: string, row?: string): Promise<number> {
  await page.goto(path);
  // The row the county's name starts (the targets' roll-up names counties too, further down).
  const figure = row
    ? page.getByRole("row", { name: new RegExp(`^${row}`) })
    : page.getByTestId("indicator-value");
  return percentage(await figure.innerText());
}

// Pages and figures are shared by every user of a scope until the city's data changes (decision 0017): a save by
// one user must reach the others on their next request, not the cached render of before.
test("a county officer's facility save reaches another user of the county and the city on their next visit", async ({
  browser,
}) => {
  // A school of 商河 whose latest record misses gigabit to the school or 100 Mbps to a classroom.
  const { rows } = await e2eDatabase().query<{
    id: number;
    countyId: number;
    county: string;
    year: number;
    schools: number;
  }>(
    `SELECT s.id, s.county_id AS "countyId", c.name AS county, f.school_year AS year,
            (SELECT count(*)::int FROM schools a WHERE a.county_id = s.county_id AND a.is_active) AS schools
     FROM schools s
     JOIN counties c ON c.id = s.county_id
     JOIN users u ON u.login_name = 'jinan.shanghe' AND u.county_id = s.county_id
     JOIN LATERAL (SELECT * FROM facility_records f WHERE f.school_id = s.id ORDER BY school_year DESC LIMIT 1) f ON true
     WHERE s.is_active AND (f.bandwidth_mbps < 1000 OR f.min_classroom_bandwidth_mbps < 100)
     ORDER BY s.id LIMIT 1`,
  );
  expect(rows, "a 商河 school below gigabit in the demo data").toHaveLength(1);
  const school = rows[0]!;
  const countyPage = `/indicators/${KEY}?county=${school.countyId}`;

  // The readers first, so that the pages and figures of before are what the caches hold.
  const countyReader = await (await browser.newContext()).newPage();
  await signIn(countyReader.request, "jinan.shanghe.leader");
  const cityReader = await signedInPage(browser, "jinan.leader");
  const countyBefore = await figureOn(countyReader, countyPage);
  const cityPage = `/indicators/${KEY}`;
  expect(await figureOn(cityReader, cityPage, school.county)).toBe(countyBefore);

  const writer = await signedInPage(browser, "jinan.shanghe");
  await writer.goto(`/schools/${school.id}/facilities?year=${school.year}`);
  await writer.getByLabel("学校出口带宽", { exact: true }).fill("1000");
  await writer.getByLabel("最低班级带宽", { exact: true }).fill("100");
  const confirmLarge = writer.getByRole("checkbox", { name: /核对|确认/ });
  if (await confirmLarge.isVisible()) await confirmLarge.check();
  await writer.getByRole("button", { name: "保存" }).click();
  await writer.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(writer.getByText(/学年的办学条件已保存/)).toBeVisible();

  // One more school of the county meets it: the county's share rises by one school's part (display rounds to 0.1).
  const countyAfter = await figureOn(countyReader, countyPage);
  expect(countyAfter - countyBefore).toBeCloseTo(100 / school.schools, 0);
  expect(countyAfter).toBeGreaterThan(countyBefore);
  expect(await figureOn(cityReader, cityPage, school.county)).toBe(countyAfter);

  for (const page of [countyReader, cityReader, writer]) await page.context().close();
});
