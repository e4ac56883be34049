import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { firstId } from "../support/database";

test("a county officer cannot open another county's roster, imports, downloads, facility worklist, facilities or teachers", async ({
  page,
}) => {
  const otherCounty = await firstId("SELECT id FROM counties WHERE name = '历下区'");
  const otherSchool = await firstId(
    `SELECT id FROM schools WHERE county_id = ${otherCounty} ORDER BY id LIMIT 1`,
  );
  const otherTeacher = await firstId(
    `SELECT id FROM teachers WHERE school_id = ${otherSchool} ORDER BY id LIMIT 1`,
  );
  await signedInAs(page, "jinan.shanghe");
  for (const path of [
    `/counties/${otherCounty}/teachers`,
    `/counties/${otherCounty}/teachers/import`,
    `/counties/${otherCounty}/facilities`,
    `/schools/${otherSchool}/facilities`,
    `/schools/${otherSchool}/teachers`,
    `/schools/${otherSchool}/teachers/${otherTeacher}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of [
    `/counties/${otherCounty}/teachers/export`,
    `/counties/${otherCounty}/facilities/export`,
    `/schools/${otherSchool}/teachers/export`,
    `/schools/${otherSchool}/facilities/export`,
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("a principal who forges the school id of the facility form writes nothing", async ({ page }) => {
  const otherSchool = await firstId(
    "SELECT s.id FROM schools s, users u WHERE u.login_name = 'weifang.principal' AND s.county_id = u.county_id AND s.id <> u.school_id ORDER BY s.id LIMIT 1",
  );
  const countBefore = await firstId(
    `SELECT count(*)::int AS id FROM facility_records WHERE school_id = ${otherSchool}`,
  );
  await signedInAs(page, "weifang.principal");
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "办学条件" }).click();
  await page.getByLabel("最大班额", { exact: true }).fill("30");
  // After the last re-render: React would put its own value back into the hidden field.
  await page.locator('input[name="schoolId"]').evaluate((input, id) => {
    (input as HTMLInputElement).value = String(id);
  }, otherSchool);
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "记录不存在或不在您的权限范围内" })).toBeVisible();
  expect(
    await firstId(`SELECT count(*)::int AS id FROM facility_records WHERE school_id = ${otherSchool}`),
  ).toBe(countBefore);
});
