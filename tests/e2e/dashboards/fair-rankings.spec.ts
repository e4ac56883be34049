// Fair rankings (decision 0039): on the city dashboard, choosing 每校 and the enrolment groups divides the heat
// table's counts by each county's schools, says so in the column header, and states each county's group.
import { signedInAs } from "../support/auth";
import { expect, test } from "../support/test";

const COUNT = "class_size_violations";

test("city staff: counts per school, with the base in the header and each county's enrolment group", async ({
  page,
}) => {
  await signedInAs(page, "jinan.staff");
  await page.goto("/city");
  const table = page.getByRole("table", { name: "各县（市、区）指标对照" });
  const header = table.getByRole("columnheader", { name: /超标准班额班级数/ });
  await expect(header).not.toContainText("每校");
  const cells = table.locator(`td[data-column="${COUNT}"]`);
  const raw = await cells.allInnerTexts();

  await page.getByLabel("计数口径").selectOption("per_school");
  await page.getByLabel("同类分组").selectOption("size");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/per=per_school/);
  await expect(page).toHaveURL(/peers=size/);
  await expect(header).toContainText("（每校）");
  const perSchool = await cells.allInnerTexts();
  expect(perSchool).toHaveLength(raw.length);
  // A county with classes above the standard size in more than one school shows a smaller figure, with decimals.
  expect(perSchool.some((text, index) => text !== raw[index] && /\d\.\d{3}/.test(text))).toBe(true);
  // Each county states its enrolment group.
  const groups = await table.locator("[data-peer-group]").allInnerTexts();
  expect(groups.length).toBeGreaterThan(0);
  for (const group of groups) expect(group).toMatch(/规模较小|规模中等|规模较大|无在校生数据/);

  // Sorted by the count, each county's rank in its group stands beside the group.
  await header.getByRole("link").click();
  await expect(table.locator("[data-peer-group]").first()).toContainText(/规模(较小|中等|较大) 第\d+\/\d+/);
});
