// The province level (docs/decisions/0038): the province leader signs in, lands on the province dashboard, and
// drills into a city's dashboard; a city user cannot open the province nor another city by a forged code.
import { loginAs, signedInAs } from "../support/auth";
import { expect, test } from "../support/test";

const NOT_FOUND = "页面不存在或无权访问";

test("the province leader lands on the province dashboard and opens a city's dashboard from the heat table", async ({
  page,
}) => {
  await loginAs(page, "shandong.leader");
  await expect(page).toHaveURL(/\/province$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("山东省乡村教育振兴监测");
  const heatTable = page.getByRole("table", { name: "各市指标对照" });
  for (const city of ["济南市", "滨州市", "潍坊市"])
    await expect(heatTable.getByRole("rowheader", { name: city })).toBeVisible();
  await heatTable.getByRole("link", { name: "滨州市" }).click();
  await expect(page).toHaveURL(/\/city\?city=371600/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("滨州市乡村教育振兴监测");
  // Read-only: the way back to the province, and no county links or exports of the city's own.
  await expect(
    page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "山东省" }),
  ).toBeVisible();
  const counties = page.getByRole("table", { name: "各县（市、区）指标对照" });
  await expect(counties.getByRole("rowheader").first()).toBeVisible();
  await expect(counties.getByRole("rowheader").getByRole("link")).toHaveCount(0);
});

test("the province map shows every city of Shandong and a city's square opens its dashboard", async ({
  page,
}) => {
  await loginAs(page, "shandong.leader");
  await expect(page).toHaveURL(/\/province$/);
  const map = page.getByTestId("tile-map");
  await expect(map.getByRole("link")).toHaveCount(16);
  await map.getByRole("link", { name: /^潍坊市：/ }).click();
  await expect(page).toHaveURL(/\/city\?city=370700/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("潍坊市乡村教育振兴监测");
});

test("a city user opens neither the province nor another city by a forged code", async ({ page }) => {
  await signedInAs(page, "jinan.staff");
  for (const path of ["/province", "/city?city=370700", "/city?city=371600", "/city?city=999999"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND);
  }
  // Its own city by its own code is its own dashboard.
  await page.goto("/city?city=370100");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("济南市乡村教育振兴监测");
});
