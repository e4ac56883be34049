import { PENDING_JINAN_REPORT_SQL } from "../../support/reports";
import { signedInAs } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

const KEY = "teachers_trained";

test("approving a county's pending quarterly report changes that county's figure at once", async ({
  page,
}) => {
  // A county of 济南 whose report for the open quarter waits for review (the demo data has several).
  const { rows } = await e2eDatabase().query<{ id: number; county_id: number; value: number }>(
    PENDING_JINAN_REPORT_SQL,
    [KEY],
  );
  expect(rows).toHaveLength(1);
  const { id, county_id: countyId, value } = rows[0]!;
  const figure = page.getByTestId("indicator-value");

  await signedInAs(page, "jinan.staff");
  await page.goto(`/indicators/${KEY}?county=${countyId}`);
  // Before approval the county's figure is its last approved one, marked as awaiting approval.
  await expect(figure).toContainText("待审核");

  await page.goto(`/submissions/${id}`);
  await page.getByRole("button", { name: "审核通过" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已审核通过，数据已锁定。" })).toBeVisible();

  await page.goto(`/indicators/${KEY}?county=${countyId}`);
  await expect(figure).not.toContainText("待审核");
  await expect(figure).toContainText(value.toLocaleString("zh-CN"));
});
