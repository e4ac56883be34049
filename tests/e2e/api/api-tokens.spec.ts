// Another system reads a county's figures with a token an admin made for that county, and is refused once the token
// is revoked; the reference page and the OpenAPI document are served without a session.
import { expect, test } from "../support/test";
import { signedInAs } from "../support/auth";

test("an admin creates a county token, shown once, that reads its county only; revoked, it is refused", async ({
  page,
  playwright,
}) => {
  await signedInAs(page, "weifang.admin");
  await page.goto("/");
  await page.getByRole("link", { name: "API 令牌" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API 令牌");
  await page.getByLabel("名称").fill("青州市 教育事业统计");
  await page.getByLabel("角色").selectOption({ label: "县教体局" });
  await page.getByLabel("区县").selectOption({ label: "青州市" });
  await page.getByRole("button", { name: "创建令牌" }).click();
  const token = (await page.getByTestId("api-token").textContent())!.trim();
  expect(token).toMatch(/^rerm_[A-Za-z0-9_-]{43}$/);

  // A client without the browser's cookies, as another system would call.
  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const counties = await api.get("/api/v1/counties", { headers: { authorization: `Bearer ${token}` } });
  expect(counties.status()).toBe(200);
  expect(((await counties.json()) as { items: { name: string }[] }).items.map((c) => c.name)).toEqual([
    "青州市",
  ]);

  await page.reload();
  const row = page.getByRole("row", { name: /青州市 教育事业统计/ });
  await expect(row).toContainText("有效");
  await expect(page.getByTestId("api-token")).toHaveCount(0);
  await row.getByRole("button", { name: "吊销" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  // The row turns revoked (its button, and the form's message with it, are gone).
  await expect(row).toContainText("已吊销");
  await expect(row.getByRole("button", { name: "吊销" })).toHaveCount(0);

  const refused = await api.get("/api/v1/counties", {
    headers: { authorization: `Bearer ${token}`, "accept-language": "en" },
  });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ title: "Unauthenticated", status: 401 });
  await api.dispose();
});

test("the API reference and the OpenAPI document are public", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const document = await api.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
  const docs = await api.get("/api/v1/docs");
  expect(docs.status()).toBe(200);
  expect(await docs.text()).toContain("API 参考文档");
  await api.dispose();
});
