// 佐证材料 on a report's value (issue 18, decision 0043): a county officer attaches a PDF to one item of its open
// report, sees it listed under that item, and a city reviewer downloads the same bytes.
import { readFileSync } from "node:fs";
import { PDF_BYTES } from "../../support/evidence-file";
import { signIn } from "../support/auth";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/test";

test("a county officer attaches a PDF to a report value and a city reviewer downloads it", async ({
  browser,
}) => {
  // An open report with saved values, still with its county, and a reviewer of its city.
  const { rows } = await e2eDatabase().query<{ officer: string; reviewer: string; id: number; item: string }>(
    `SELECT o.login_name AS officer, r.login_name AS reviewer, s.id, d.name_zh AS item
       FROM submissions s
       JOIN reporting_periods p ON p.id = s.period_id
       JOIN users o ON o.county_id = s.county_id AND o.role = 'COUNTY_OFFICER' AND o.is_active
       JOIN users r ON r.city_id = p.city_id AND r.role = 'CITY_STAFF' AND r.is_active
       JOIN LATERAL (SELECT v.indicator_key FROM submission_values v WHERE v.submission_id = s.id
                      ORDER BY v.id LIMIT 1) v ON true
       JOIN indicator_definitions d ON d.key = v.indicator_key
      WHERE p.state = 'OPEN' AND s.state IN ('DRAFT', 'RETURNED')
      ORDER BY o.login_name, r.login_name LIMIT 1`,
  );
  const { officer: officerLogin, reviewer: reviewerLogin, id, item } = rows[0]!;

  const officer = await (await browser.newContext()).newPage();
  await signIn(officer.request, officerLogin);
  await officer.goto(`/submissions/${id}`);
  await officer.getByLabel("填报项").selectOption({ label: item });
  await officer.getByLabel("佐证材料文件").setInputFiles({
    name: "学校名单.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(PDF_BYTES),
  });
  await officer.getByRole("button", { name: "上传佐证材料" }).click();
  await expect(officer.getByText("已上传 1 个佐证材料。")).toBeVisible();
  const listed = officer.getByRole("list", { name: `${item}的佐证材料` });
  await expect(listed.getByRole("listitem")).toContainText(/学校名单\.pdf · 1 KB · .+ · /);

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer.request, reviewerLogin);
  await reviewer.goto(`/submissions/${id}`);
  const download = reviewer.waitForEvent("download");
  await reviewer
    .getByRole("list", { name: `${item}的佐证材料` })
    .getByRole("link", { name: "学校名单.pdf" })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("学校名单.pdf");
  expect(readFileSync((await file.path())!).equals(Buffer.from(PDF_BYTES))).toBe(true);
  // The reviewer reads the files but deletes none of them.
  await expect(reviewer.getByRole("button", { name: "删除 学校名单.pdf" })).toHaveCount(0);
});
