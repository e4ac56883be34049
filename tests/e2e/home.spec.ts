import { expect, test } from "./support/test";
import { e2eDatabase } from "./support/database";

test("the start page lists the cities and counties held in the database", async ({ page }) => {
  const { rows } = await e2eDatabase().query<{ city: string; county: string }>(
    "SELECT c.name AS city, k.name AS county FROM counties k JOIN cities c ON c.id = k.city_id ORDER BY c.code, k.sort_order",
  );
  expect(rows.length).toBeGreaterThan(30);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("乡村教育振兴监测平台");
  for (const city of new Set(rows.map((row) => row.city))) {
    const counties = page.getByRole("list", { name: `${city}所辖县市区` }).getByRole("listitem");
    await expect(counties).toHaveCount(rows.filter((row) => row.city === city).length);
  }
  await expect(page.getByRole("list", { name: "济南市所辖县市区" })).toContainText("商河县");
});

test("switches to English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rural Education Revitalization Monitor");
  await expect(page.getByRole("list", { name: "Counties of Jinan" })).toContainText("Shanghe County");
  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("乡村教育振兴监测平台");
});
