import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** Fails on serious or critical accessibility violations and attaches a full-page screenshot to the report. */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  // After a client-side navigation the new page's <title> can arrive a moment after its content (seen once: axe
  // found no title on /groups after a click from the dashboard): wait for it, and fail here if the page has none.
  await expect(page, `a title on ${name}`).toHaveTitle(/\S/);
  await testInfo.attach(`${name}.png`, {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious, `accessibility violations on ${name}`).toEqual([]);
}
