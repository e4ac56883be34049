// Issue 22: a county officer's worklist of the county's schools whose facility record for the current school year is
// missing (never entered) or stale (last entered for an earlier year), each to be linked to its form.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { listFacilityWorklist } from "@/lib/data/facilities/list-facility-worklist";
import { db } from "@/lib/db";
import { schoolYearOf } from "@/lib/utils/periods";
import { sessionUserFor } from "../support/session-user";
import { FACILITY_VALUES } from "./support/action-cases";

let officer: SessionUser;
let countyId: number;
/** A day of the school year after the seeded data's last one: every seeded school is stale then. */
let nextYearDay: Date;
let nextYear: number;
let upToDate: { id: number };
let stale: { id: number; latestYear: number };
let neverEntered: { id: number };
const NEW_CODE = "3701269990";

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  countyId = officer.countyId!;
  const latest = await db().facilityRecord.aggregate({ _max: { schoolYear: true } });
  nextYear = latest._max.schoolYear! + 1;
  nextYearDay = new Date(Date.UTC(nextYear, 9, 15));
  expect(schoolYearOf(nextYearDay)).toBe(nextYear);
  const schools = await db().school.findMany({
    where: { countyId, isActive: true, facilityRecords: { some: {} } },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true, facilityRecords: { select: { schoolYear: true }, orderBy: { schoolYear: "desc" } } },
  });
  upToDate = schools[0]!;
  stale = { id: schools[1]!.id, latestYear: schools[1]!.facilityRecords[0]!.schoolYear };
  await db().facilityRecord.create({
    data: { ...FACILITY_VALUES, schoolId: upToDate.id, schoolYear: nextYear },
  });
  const town = await db().town.findFirstOrThrow({ where: { countyId }, select: { id: true, county: true } });
  await db().school.deleteMany({ where: { code: NEW_CODE } });
  neverEntered = await db().school.create({
    data: {
      code: NEW_CODE,
      name: "待填报测试小学",
      townId: town.id,
      countyId,
      cityId: town.county.cityId,
      level: "PRIMARY",
      ownership: "PUBLIC",
      locationClass: "VILLAGE",
    },
    select: { id: true },
  });
});

afterAll(async () => {
  await db().facilityRecord.deleteMany({ where: { schoolId: upToDate.id, schoolYear: nextYear } });
  await db().school.deleteMany({ where: { code: NEW_CODE } });
});

describe("the facility worklist", () => {
  it("lists the county's active schools without this school year's record: never entered first, then the oldest", async () => {
    const { schoolYear, rows } = await listFacilityWorklist(officer, countyId, nextYearDay);
    expect(schoolYear).toBe(nextYear);
    const ids = rows.map((row) => row.id);
    expect(ids).not.toContain(upToDate.id);
    expect(rows[0]).toMatchObject({ id: neverEntered.id, latestYear: null, name: "待填报测试小学" });
    expect(rows.find((row) => row.id === stale.id)).toMatchObject({ latestYear: stale.latestYear });
    const expected = await db().school.count({
      where: { countyId, isActive: true, facilityRecords: { none: { schoolYear: nextYear } } },
    });
    expect(rows).toHaveLength(expected);
    const years = rows.map((row) => row.latestYear ?? -1);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("leaves out closed schools and other counties' schools", async () => {
    const { rows } = await listFacilityWorklist(officer, countyId, nextYearDay);
    const listed = await db().school.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      select: { countyId: true, isActive: true },
    });
    expect(listed.every((school) => school.countyId === countyId && school.isActive)).toBe(true);
  });

  it("drops a school once this school year's record is entered", async () => {
    const before = await listFacilityWorklist(officer, countyId, nextYearDay);
    expect(before.rows.map((row) => row.id)).toContain(stale.id);
    await db().facilityRecord.create({
      data: { ...FACILITY_VALUES, schoolId: stale.id, schoolYear: nextYear },
    });
    try {
      const after = await listFacilityWorklist(officer, countyId, nextYearDay);
      expect(after.rows.map((row) => row.id)).not.toContain(stale.id);
      expect(after.rows).toHaveLength(before.rows.length - 1);
    } finally {
      await db().facilityRecord.deleteMany({ where: { schoolId: stale.id, schoolYear: nextYear } });
    }
  });

  it("is refused for another county and for users who are not county officers", async () => {
    const other = await db().county.findFirstOrThrow({
      where: { id: { not: countyId } },
      select: { id: true },
    });
    await expect(listFacilityWorklist(officer, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const principal = await sessionUserFor("jinan.principal");
    await expect(listFacilityWorklist(principal, countyId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const leader = await sessionUserFor("jinan.shanghe.leader");
    await expect(listFacilityWorklist(leader, countyId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
