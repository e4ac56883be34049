import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { firstId } from "../support/database";

const NOT_FOUND = "页面不存在或无权访问";

test("a principal opening another school's page by URL gets the not-found page", async ({ page }) => {
  const otherSchool = await firstId(
    "SELECT s.id FROM schools s, users u WHERE u.login_name = 'jinan.principal' AND s.county_id = u.county_id AND s.id <> u.school_id ORDER BY s.id LIMIT 1",
  );
  await signedInAs(page, "jinan.principal");
  const response = await page.goto(`/schools/${otherSchool}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
});

test("a county officer cannot open another county, its schools, or the admin pages", async ({ page }) => {
  const otherCounty = await firstId("SELECT id FROM counties WHERE name = '历下区'");
  const otherCountySchool = await firstId(
    `SELECT id FROM schools WHERE county_id = ${otherCounty} ORDER BY id LIMIT 1`,
  );
  const otherCity = await firstId("SELECT id FROM counties WHERE name = '青州市'");
  await signedInAs(page, "jinan.shanghe");
  for (const path of [
    `/counties/${otherCounty}`,
    `/schools/${otherCountySchool}`,
    `/counties/${otherCity}`,
    "/admin/users",
    "/admin/audit",
    "/city",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
  }
});

test("a city user cannot open another city's county", async ({ page }) => {
  const otherCity = await firstId("SELECT id FROM counties WHERE name = '青州市'");
  await signedInAs(page, "jinan.staff");
  const response = await page.goto(`/counties/${otherCity}`);
  expect(response?.status()).toBe(404);
});
