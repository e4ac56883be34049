// 催报 (issue 18): city staff remind the officers of chosen counties that still owe the open quarter's report, with
// one action; a county that has submitted is skipped, and a county is urged at most once a day.
import { beforeAll, describe, expect, it } from "vitest";
import { urgeReports } from "@/lib/data/notifications/urge-reports";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { db } from "@/lib/db";
import { outcome } from "./support/outcome";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

// A quarter no other test opens, in 济南.
const QUARTER = { year: 2033, quarter: 2 } as const;
const DEADLINE = new Date("2033-06-24T00:00:00Z");

let staff: CitySessionUser;
let otherStaff: CitySessionUser;
let officer: CitySessionUser;
let periodId: number;
let owingCountyId: number;
let submittedCountyId: number;

const urgedOf = () =>
  db().notification.findMany({
    where: { kind: "REPORT_URGED", dedupeKey: { startsWith: `urge:${periodId}:` } },
    select: { userId: true, dedupeKey: true, params: true, link: true },
  });

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  otherStaff = await sessionUserFor("weifang.staff");
  officer = await sessionUserFor("jinan.shanghe");
  periodId = (await openPeriod(staff, { ...QUARTER, deadline: DEADLINE })).id;
  owingCountyId = officer.countyId!;
  const other = await db().county.findFirstOrThrow({
    where: { cityId: staff.cityId, id: { not: owingCountyId } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  submittedCountyId = other.id;
  await db().submission.update({
    where: { periodId_countyId: { periodId, countyId: submittedCountyId } },
    data: { state: "SUBMITTED", submittedAt: new Date() },
  });
});

describe("催报", () => {
  it("reminds the active officers of the chosen counties that still owe the report, once a day, audited", async () => {
    const urged = await urgeReports(staff, { periodId, countyIds: [owingCountyId, submittedCountyId] });
    expect(urged.countyIds).toEqual([owingCountyId]);
    const officers = await db().user.findMany({
      where: { role: "COUNTY_OFFICER", isActive: true, countyId: owingCountyId },
      select: { id: true },
    });
    const sent = await urgedOf();
    expect(sent.map((row) => row.userId).sort()).toEqual(officers.map((user) => user.id).sort());
    expect(urged.sent).toBe(officers.length);
    expect(sent[0]!.params).toMatchObject({ year: 2033, quarter: 2, deadline: "2033-06-24" });
    expect(sent[0]!.link).toMatch(/^\/submissions\/\d+$/);
    // A second click the same day reminds nobody twice.
    expect((await urgeReports(staff, { periodId, countyIds: [owingCountyId] })).sent).toBe(0);
    expect(await urgedOf()).toHaveLength(officers.length);
    expect(
      await db().auditLog.count({
        where: { entity: "report_reminder", entityId: String(periodId), action: "urge" },
      }),
    ).toBe(2);
  });

  it("refuses when every chosen county has submitted, and changes nothing", async () => {
    const before = (await urgedOf()).length;
    const { refused } = await outcome(urgeReports(staff, { periodId, countyIds: [submittedCountyId] }));
    expect(refused?.messageKey).toBe("inbox.nothingToUrge");
    expect(await urgedOf()).toHaveLength(before);
  });

  it("another city's staff and a county officer cannot urge (forged period id reads as missing)", async () => {
    const before = (await urgedOf()).length;
    expect(
      (await outcome(urgeReports(otherStaff, { periodId, countyIds: [owingCountyId] }))).refused?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await outcome(urgeReports(officer, { periodId, countyIds: [owingCountyId] }))).refused?.code,
    ).toBe("FORBIDDEN");
    expect(await urgedOf()).toHaveLength(before);
  });
});
