import { signedInAs } from "../support/auth";
import { firstId } from "../support/database";
import { expect, test } from "../support/test";

// A county officer probing another county's quarterly report by URL finds nothing, and cannot download its
// template or the city's list of counties that have not submitted for another city's quarter.

test("a county officer cannot open, or download the template of, another county's report", async ({
  page,
}) => {
  const lixiaReport = await firstId(
    `SELECT s.id FROM submissions s JOIN counties c ON c.id = s.county_id
     JOIN reporting_periods p ON p.id = s.period_id WHERE c.name = '历下区' AND p.state = 'OPEN'`,
  );
  const weifangPeriod = await firstId(
    `SELECT p.id FROM reporting_periods p JOIN cities c ON c.id = p.city_id WHERE c.name = '潍坊市' LIMIT 1`,
  );
  const ownReport = await firstId(
    `SELECT s.id FROM submissions s JOIN counties c ON c.id = s.county_id
     JOIN reporting_periods p ON p.id = s.period_id WHERE c.name = '商河县' AND p.state = 'OPEN'`,
  );
  await signedInAs(page, "jinan.shanghe");
  // The same requests for its own county succeed, so the refusals below are about scope.
  const own = await page.request.get(`/submissions/${ownReport}/template`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toContain("spreadsheetml");
  for (const path of [
    `/submissions/${lixiaReport}`,
    `/submissions/${lixiaReport}/template`,
    `/submissions/periods/${weifangPeriod}`,
    `/submissions/periods/${weifangPeriod}/missing`,
  ]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
  }
});
