// A write of one county's figures renews that county's and the city's cached figures and keeps the other counties'
// (lib/data/indicators/data-version.ts); a city-wide write renews every county's.
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { db } from "@/lib/db";
import type { SaveFacilityRecordInput } from "@/lib/schemas/facilities";
import { businessDay } from "@/lib/utils/periods";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { FACILITY_VALUES } from "./support/action-cases";

const SCHOOL_YEAR = 2019;
let principal: CitySessionUser;
let staff: CitySessionUser;
let ownCounty: number;
let otherCounty: number;

beforeAll(async () => {
  principal = await sessionUserFor("jinan.principal");
  staff = await sessionUserFor("jinan.staff");
  ownCounty = (await db().school.findUniqueOrThrow({ where: { id: principal.schoolId! } })).countyId;
  otherCounty = (
    await db().county.findFirstOrThrow({ where: { cityId: staff.cityId, id: { not: ownCounty } } })
  ).id;
});

/** The computations the city's and the two counties' overviews were built from, as the cache hands them out. */
async function computations() {
  const asOf = businessDay(new Date());
  const [city, own, other] = await Promise.all([
    getIndicatorOverview(staff, null, asOf),
    getIndicatorOverview(staff, ownCounty, asOf),
    getIndicatorOverview(staff, otherCounty, asOf),
  ]);
  return { city: city!.org.computation, own: own!.org.computation, other: other!.org.computation };
}

async function saveFacility(books: number) {
  const existing = await db().facilityRecord.findUnique({
    where: { schoolId_schoolYear: { schoolId: principal.schoolId!, schoolYear: SCHOOL_YEAR } },
  });
  const input: SaveFacilityRecordInput = {
    ...(FACILITY_VALUES as unknown as SaveFacilityRecordInput),
    schoolId: principal.schoolId!,
    schoolYear: SCHOOL_YEAR,
    books,
    version: existing?.version ?? 0,
  };
  await saveFacilityRecord(principal, input);
}

describe("data versions per county", () => {
  it("a facility save renews its county's and the city's figures and keeps the other counties'", async () => {
    const before = await computations();
    expect((await computations()).other, "a second read is a cache hit").toBe(before.other);

    await saveFacility(4321);
    const after = await computations();
    expect(after.own).not.toBe(before.own);
    expect(after.city).not.toBe(before.city);
    expect(after.other).toBe(before.other);

    // A second save (an update through the version check) is scoped the same way.
    await saveFacility(4322);
    const again = await computations();
    expect(again.own).not.toBe(after.own);
    expect(again.other).toBe(before.other);
  });

  it("a write that names no county (a target, a standard, a group) renews every county's figures", async () => {
    const before = await computations();
    await db().$transaction((tx) =>
      recordAudit(tx, staff, { action: "update", entity: "target", entityId: 1 }),
    );
    const after = await computations();
    expect(after.city).not.toBe(before.city);
    expect(after.own).not.toBe(before.own);
    expect(after.other).not.toBe(before.other);
  });
});
