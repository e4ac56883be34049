// Cross-scope attacks on the download routes: forged county parameters must look like a missing county.
import { signedInAs } from "../support/auth";
import { firstId } from "../support/database";
import { expect, test } from "../support/test";
import { addQuarters, quarterKey, quarterOf } from "@/lib/utils/periods";

const LAST_QUARTER = quarterKey(addQuarters(quarterOf(new Date()), -1));

test("a county officer cannot export another county's briefing or table by editing the URL", async ({
  page,
}) => {
  await signedInAs(page, "jinan.shanghe");
  const lixia = await firstId("SELECT id FROM counties WHERE name = '历下区'");
  const own = await page.request.get(`/reports/briefing?quarter=${LAST_QUARTER}`);
  expect(own.status()).toBe(200);
  for (const url of [
    `/reports/briefing?quarter=${LAST_QUARTER}&county=${lixia}`,
    `/reports/tables/school-compliance?quarter=${LAST_QUARTER}&county=${lixia}`,
    `/reports/tables/submission-board?quarter=${LAST_QUARTER}&county=${lixia}`,
  ]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
  }
});
