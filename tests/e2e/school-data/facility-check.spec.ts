import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";

test("a principal raises the sports area: the gap closes and the school's verdict changes, then it is saved", async ({
  page,
}) => {
  // Arrange the roster so that the teacher items pass and only the facility values decide the verdict.
  const { rows } = await e2eDatabase().query<{ schoolId: number }>(
    `SELECT school_id AS "schoolId" FROM users WHERE login_name = 'binzhou.principal'`,
  );
  const schoolId = rows[0]!.schoolId;
  await e2eDatabase().query(
    `UPDATE teachers SET highest_degree = 'BACHELOR', backbone_level = 'COUNTY',
       subject = CASE WHEN id % 3 = 0 THEN 'PE'::subject ELSE subject END
     WHERE school_id = $1 AND status = 'ACTIVE' AND is_full_time`,
    [schoolId],
  );

  await signedInAs(page, "binzhou.principal");
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "办学条件" }).click();
  await expect(page).toHaveURL(new RegExp(`/schools/${schoolId}/facilities`));
  const values: Record<string, string> = {
    小学在校生数: "500",
    初中在校生数: "0",
    班级数: "12",
    最大班额: "45",
    超标准班额班级数: "0",
    校舍建筑面积: "6000",
    教学及辅助用房面积: "3000",
    占地面积: "20000",
    室内体育场馆面积: "0",
    室外运动场地面积: "1000",
    教学仪器设备值: "1500000",
    网络多媒体教室: "15",
    学校出口带宽: "1000",
    最低班级带宽: "100",
  };
  for (const [label, value] of Object.entries(values))
    await page.getByLabel(label, { exact: true }).fill(value);

  const verdict = page.locator('section[aria-labelledby="qb-title"] > div').first();
  const sports = page.locator('[data-item="res_sports_area_per_pupil"]');
  // 1,000 m² for 500 pupils: 2 m² per pupil against 7.5.
  await expect(sports).toContainText("差 5.5");
  await expect(sports).toContainText("需增加 2,750 平方米体育运动场馆");
  await expect(verdict).toContainText("未达标");

  await page.getByLabel("室外运动场地面积", { exact: true }).fill("4000");
  await expect(sports).toContainText("√ 达标");
  await expect(verdict).toContainText("√ 达标");

  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText(/学年的办学条件已保存/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("室外运动场地面积", { exact: true })).toHaveValue("4000");
  await expect(verdict).toContainText("√ 达标");
  const { rows: audit } = await e2eDatabase().query(
    `SELECT 1 FROM audit_logs WHERE entity = 'facility_record' AND actor_login = 'binzhou.principal'`,
  );
  expect(audit.length).toBeGreaterThan(0);
});

test("a principal cannot open another school's facility page", async ({ page }) => {
  const { rows } = await e2eDatabase().query<{ id: number }>(
    `SELECT s.id FROM schools s JOIN users u ON u.login_name = 'binzhou.principal'
     WHERE s.county_id = u.county_id AND s.id <> u.school_id ORDER BY s.id LIMIT 1`,
  );
  await signedInAs(page, "binzhou.principal");
  const response = await page.goto(`/schools/${rows[0]!.id}/facilities`);
  expect(response?.status()).toBe(404);
});

test("a value far from the previous record is saved only once the principal confirms it", async ({
  page,
}) => {
  await signedInAs(page, "binzhou.principal");
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "办学条件" }).click();
  // 170 typed meaning 170 万元: the form shows the old and new value and asks for a confirmation.
  await page.getByLabel("教学仪器设备值", { exact: true }).fill("170");
  const changes = page.getByRole("group", { name: /相差超过 3 倍/ });
  await expect(changes).toContainText(/教学仪器设备值：[\d,.]+ 元 → 170 元/);
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(changes).toContainText("请核对标出的数值后勾选确认。");
  await expect(page.getByLabel("教学仪器设备值", { exact: true })).toHaveValue("170");

  await changes.getByLabel(/我已核对以上数值/).check();
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByText(/学年的办学条件已保存/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("教学仪器设备值", { exact: true })).toHaveValue("170");
});
