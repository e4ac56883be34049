// Province targets that cascade to the cities (issue 20, decision 0041): province staff set a province total and
// split it among the cities so that the parts add up exactly, each part becoming that city's own target; the roll-up
// check flags a shortfall; the province's figures are judged against its own target; a city user can neither set
// nor see one, and the province leader only reads.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { setProvinceTargetAction, splitProvinceTargetAction } from "@/lib/actions/province-targets";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import { getProvinceTargetRollUp } from "@/lib/data/targets/get-province-target-roll-up";
import { setProvinceTarget } from "@/lib/data/targets/set-province-target";
import { setTarget } from "@/lib/data/targets/set-target";
import { splitProvinceTarget } from "@/lib/data/targets/split-province-target";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { formData } from "../support/form-data";
import { provinceSessionUserFor, sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

const COUNT = "rural_featured_courses";
const SHARE = "rural_schools_in_groups_share";
const DEADLINE = 2034;
const TOTAL = 40_001;

let staff: SessionUser;
let leader: SessionUser;
let cityStaff: CitySessionUser;
let cities: { id: number; code: string }[];

const cityTargets = (indicatorKey = COUNT, deadlineYear = DEADLINE) =>
  db().target.findMany({
    where: { indicatorKey, countyId: null, deadlineYear },
    orderBy: { cityId: "asc" },
    select: { cityId: true, value: true },
  });
const codeOf = async (call: () => Promise<unknown>) => {
  try {
    await call();
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
};

beforeAll(async () => {
  staff = await provinceSessionUserFor("shandong.staff");
  leader = await provinceSessionUserFor("shandong.leader");
  cityStaff = await sessionUserFor("jinan.staff");
  cities = await db().city.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true } });
});

describe("a province target of a count", () => {
  it("is set by province staff for the province, audited outside every city's log", async () => {
    const target = await setProvinceTarget(staff, {
      indicatorKey: COUNT,
      value: TOTAL,
      deadlineYear: DEADLINE,
    });
    expect(target).toMatchObject({ provinceId: staff.provinceId, deadlineYear: DEADLINE });
    expect(target.value.toNumber()).toBe(TOTAL);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "province_target", entityId: String(target.id) },
    });
    expect(audit).toMatchObject({ action: "create", actorId: staff.id, cityId: null });
    // Set again for the same deadline: replaced, not doubled.
    await setProvinceTarget(staff, { indicatorKey: COUNT, value: TOTAL, deadlineYear: DEADLINE });
    expect(await db().provinceTarget.count({ where: { indicatorKey: COUNT, deadlineYear: DEADLINE } })).toBe(
      1,
    );
  });

  it("splits among the cities by pupils: the parts add up exactly, each the city's own target, audited in its log", async () => {
    const versions = async () =>
      new Map(
        (await db().dataVersion.findMany({ select: { cityId: true, version: true } })).map((row) => [
          row.cityId,
          row.version,
        ]),
      );
    const before = await versions();
    const result = await splitProvinceTarget(staff, {
      indicatorKey: COUNT,
      deadlineYear: DEADLINE,
      method: "enrolment",
      parts: [],
    });
    expect(result.written).toBe(cities.length);
    const rows = await cityTargets();
    expect(rows.map((row) => row.cityId).sort()).toEqual(cities.map((city) => city.id).sort());
    expect(rows.reduce((sum, row) => sum + row.value.toNumber(), 0)).toBe(TOTAL);
    expect(rows.every((row) => Number.isInteger(row.value.toNumber()))).toBe(true);

    // Each part is within one of its exact quota by the city's pupils, counted here from the base tables.
    const pupils = await db().$queryRaw<{ cityId: number; pupils: number }[]>`
      SELECT s.city_id AS "cityId", COALESCE(sum((
        SELECT f.enrolment_preschool + f.enrolment_primary + f.enrolment_junior + f.enrolment_senior + f.enrolment_special
        FROM facility_records f WHERE f.school_id = s.id ORDER BY f.school_year DESC LIMIT 1)), 0)::int AS pupils
      FROM schools s WHERE s.is_active GROUP BY s.city_id`;
    const all = pupils.reduce((sum, row) => sum + row.pupils, 0);
    for (const row of rows) {
      const quota = (TOTAL * pupils.find((entry) => entry.cityId === row.cityId)!.pupils) / all;
      expect(Math.abs(row.value.toNumber() - quota)).toBeLessThan(1);
    }
    // Each city's log has its target, and each city's figures are renewed.
    for (const city of cities)
      expect(
        await db().auditLog.count({ where: { entity: "target", cityId: city.id, actorId: staff.id } }),
      ).toBeGreaterThan(0);
    const after = await versions();
    for (const city of cities) expect(after.get(city.id)! > (before.get(city.id) ?? -1n)).toBe(true);
  });

  it("shows in the roll-up check as reached, then flags the gap when one city's target is lowered", async () => {
    const reached = (await getProvinceTargetRollUp(leader, COUNT))!;
    expect(reached.rule).toBe("sum");
    const check = reached.checks.find((entry) => entry.deadlineYear === DEADLINE)!;
    expect(check.check).toMatchObject({ achieved: TOTAL, isOk: true, gap: 0, missing: [] });

    // 济南 lowers its own target by 1,000: the cities' targets now fall short of the province's by exactly that.
    const jinan = (await cityTargets()).find((row) => row.cityId === cityStaff.cityId)!;
    await setTarget(cityStaff, {
      indicatorKey: COUNT,
      value: jinan.value.toNumber() - 1_000,
      deadlineYear: DEADLINE,
    });
    const short = (await getProvinceTargetRollUp(staff, COUNT))!.checks.find(
      (entry) => entry.deadlineYear === DEADLINE,
    )!;
    expect(short.check).toMatchObject({ achieved: TOTAL - 1_000, isOk: false, gap: 1_000 });
  });

  it("judges the province's own figure against its total, never a city's figure against it", async () => {
    const overview = (await getProvinceOverview(leader))!;
    const row = overview.rows.find((item) => item.definition.key === COUNT)!;
    expect(row.target).toMatchObject({ value: TOTAL, deadlineYear: DEADLINE });
    // Each city is judged against its own part, which is far below the province's total.
    for (const city of overview.children) {
      const cityRow = city.rows.find((item) => item.definition.key === COUNT)!;
      expect(cityRow.target?.value ?? 0).toBeLessThan(TOTAL);
    }
  });

  it("by hand must add up to the whole, or nothing is written", async () => {
    const before = await cityTargets();
    const parts = cities.map((city, index) => ({ cityId: city.id, value: index === 0 ? TOTAL - 5 : 0 }));
    const refused = await codeOf(() =>
      splitProvinceTarget(staff, { indicatorKey: COUNT, deadlineYear: DEADLINE, method: "manual", parts }),
    );
    expect(refused).toBe("VALIDATION");
    expect(await cityTargets()).toEqual(before);
    parts[0]!.value = TOTAL;
    await splitProvinceTarget(staff, {
      indicatorKey: COUNT,
      deadlineYear: DEADLINE,
      method: "manual",
      parts,
    });
    const rows = await cityTargets();
    expect(rows.find((row) => row.cityId === cities[0]!.id)!.value.toNumber()).toBe(TOTAL);
    expect(rows.reduce((sum, row) => sum + row.value.toNumber(), 0)).toBe(TOTAL);
  });

  it("through the actions: the form's parts name cities, and a city of no province of the user is not found", async () => {
    signInAs(staff);
    const saved = await setProvinceTargetAction(
      IDLE,
      formData({ indicatorKey: COUNT, value: 600, deadlineYear: 2035 }),
    );
    expect(saved).toMatchObject({ status: "success" });
    const perCity = Math.floor(600 / cities.length);
    const form = Object.fromEntries(
      cities.map((city, index) => [
        `part.${city.id}`,
        index === 0 ? 600 - perCity * (cities.length - 1) : perCity,
      ]),
    );
    const split = await splitProvinceTargetAction(
      IDLE,
      formData({ indicatorKey: COUNT, deadlineYear: 2035, method: "manual", ...form }),
    );
    expect(split).toMatchObject({ status: "success" });
    expect((await cityTargets(COUNT, 2035)).reduce((sum, row) => sum + row.value.toNumber(), 0)).toBe(600);
    const forged = await splitProvinceTargetAction(
      IDLE,
      formData({ indicatorKey: COUNT, deadlineYear: 2035, method: "manual", "part.999999": 600 }),
    );
    expect(forged).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });
});

describe("a province target of a share", () => {
  it("passes down as it is: no split, and the check weights the cities' targets by pupils", async () => {
    await setProvinceTarget(staff, { indicatorKey: SHARE, value: 90, deadlineYear: DEADLINE });
    expect(
      await codeOf(() =>
        splitProvinceTarget(staff, {
          indicatorKey: SHARE,
          deadlineYear: DEADLINE,
          method: "enrolment",
          parts: [],
        }),
      ),
    ).toBe("VALIDATION");
    // 济南 sets 80 for itself; the others have none and count at the province's 90.
    await setTarget(cityStaff, { indicatorKey: SHARE, value: 80, deadlineYear: DEADLINE });
    const rollUp = (await getProvinceTargetRollUp(staff, SHARE))!;
    expect(rollUp.rule).toBe("weightedMean");
    const weights = new Map(rollUp.cities.map((city) => [city.cityId, city.bases.enrolment]));
    const total = [...weights.values()].reduce((sum, value) => sum + value, 0);
    const expected =
      (80 * weights.get(cityStaff.cityId)! + 90 * (total - weights.get(cityStaff.cityId)!)) / total;
    const check = rollUp.checks.find((entry) => entry.deadlineYear === DEADLINE)!.check;
    expect(check.achieved).toBeCloseTo(expected, 3);
    expect(check.isOk).toBe(false);
    expect(check.gap).toBeCloseTo(90 - expected, 3);
  });
});

describe("who may", () => {
  it("refuses a city user and the province leader to set or split; a city user sees no province target", async () => {
    for (const user of [cityStaff, leader])
      for (const call of [
        () => setProvinceTarget(user, { indicatorKey: COUNT, value: 1, deadlineYear: DEADLINE }),
        () =>
          splitProvinceTarget(user, {
            indicatorKey: COUNT,
            deadlineYear: DEADLINE,
            method: "enrolment",
            parts: [],
          }),
      ])
        expect(await codeOf(call)).toBe("FORBIDDEN");
    expect(await getProvinceTargetRollUp(cityStaff, COUNT)).toBeNull();
    signInAs(cityStaff);
    expect(
      await setProvinceTargetAction(
        IDLE,
        formData({ indicatorKey: COUNT, value: 1, deadlineYear: DEADLINE }),
      ),
    ).toMatchObject({ status: "error", code: "FORBIDDEN" });
    // What the city staff's own target list holds is the city's, never the province's.
    expect(await db().provinceTarget.count({ where: { value: 1 } })).toBe(0);
  });
});
