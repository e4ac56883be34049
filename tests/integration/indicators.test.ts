// The indicator engine through the data layer, checked against the same figures computed independently here in
// raw SQL from the base tables; and targets, standards and settings as city staff and admins change them.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { setTargetAction, updateThresholdAction } from "@/lib/actions/indicators";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { getCitySettings } from "@/lib/data/settings/get-city-settings";
import { updateCitySettings } from "@/lib/data/settings/update-city-settings";
import { updateThreshold } from "@/lib/data/standards/update-threshold";
import { deleteTarget } from "@/lib/data/targets/delete-target";
import { setTarget } from "@/lib/data/targets/set-target";
import { db } from "@/lib/db";
import type { IndicatorResult } from "@/lib/indicators/result";
import { ruralGroupShareSql } from "../support/independent-figures";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";
import { formData } from "../support/form-data";

const AS_OF = new Date();
const asOfDay = AS_OF.toISOString().slice(0, 10);
// School year of the reference date: it starts in September.
const schoolYear = AS_OF.getUTCMonth() + 1 >= 9 ? AS_OF.getUTCFullYear() : AS_OF.getUTCFullYear() - 1;

const valueOf = (result: IndicatorResult | undefined) => {
  if (!result?.computable) throw new Error(`not computable: ${JSON.stringify(result)}`);
  return result.value;
};

let officer: CitySessionUser;
let staff: CitySessionUser;
let countyId: number;

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  staff = await sessionUserFor("jinan.staff");
  countyId = officer.countyId!;
});

describe("headline indicators of a demo county", () => {
  it("equal the same figures computed independently from the base tables", async () => {
    const overview = await getIndicatorOverview(officer, null, AS_OF);
    expect(overview?.org).toMatchObject({ level: "county", id: countyId });
    const results = overview!.org.computation.results;

    // Compulsory-education full-time teachers (schools teaching compulsory stages only), urban vs rural.
    const [teachers] = await db().$queryRaw<{ urban: number; rural: number }[]>`
      SELECT avg((t.highest_degree IN ('POSTGRADUATE', 'BACHELOR'))::int) FILTER (WHERE s.location_class = 'URBAN')::float8 AS urban,
             avg((t.highest_degree IN ('POSTGRADUATE', 'BACHELOR'))::int) FILTER (WHERE s.location_class <> 'URBAN')::float8 AS rural
      FROM teachers t JOIN schools s ON s.id = t.school_id
      WHERE s.county_id = ${countyId} AND s.is_active AND t.status = 'ACTIVE' AND t.is_full_time
        AND s.level IN ('PRIMARY', 'JUNIOR', 'NINE_YEAR')`;
    expect(valueOf(results.teacher_bachelor_ratio_urban_rural)).toBeCloseTo(
      teachers!.urban / teachers!.rural,
      9,
    );
    expect(valueOf(results.rural_teacher_bachelor_share)).toBeCloseTo(teachers!.rural * 100, 9);

    const [groups] = await db().$queryRawUnsafe<{ share: number }[]>(
      ruralGroupShareSql("county_id"),
      countyId,
    );
    expect(valueOf(results.rural_schools_in_groups_share)).toBeCloseTo(groups!.share, 9);

    // Gigabit to the school and 100 Mbps to every classroom, on each school's latest facility record.
    const [network] = await db().$queryRaw<{ share: number }[]>`
      SELECT 100.0 * avg(COALESCE((
               SELECT f.bandwidth_mbps >= 1000 AND f.min_classroom_bandwidth_mbps >= 100
               FROM facility_records f WHERE f.school_id = s.id AND f.school_year <= ${schoolYear}
               ORDER BY f.school_year DESC LIMIT 1), false)::int)::float8 AS share
      FROM schools s WHERE s.county_id = ${countyId} AND s.is_active`;
    expect(valueOf(results.gigabit_school_100m_class_share)).toBeCloseTo(network!.share, 9);

    // Rural principals and vice-principals in post aged 45 or under on the reference date.
    const [principals] = await db().$queryRaw<{ share: number }[]>`
      SELECT 100.0 * avg((date_part('year', age(${asOfDay}::date, t.birth_date)) <= 45)::int)::float8 AS share
      FROM school_posts p JOIN teachers t ON t.id = p.teacher_id JOIN schools s ON s.id = p.school_id
      WHERE s.county_id = ${countyId} AND s.is_active AND p.ended_on IS NULL AND p.started_on <= ${asOfDay}::date
        AND s.location_class IN ('TOWN_AREA', 'VILLAGE')
        AND s.level IN ('KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TWELVE_YEAR', 'COMPLETE_SECONDARY')`;
    expect(valueOf(results.rural_principals_under45_share)).toBeCloseTo(principals!.share, 9);
  });

  it("gives the city's total from all of its counties, and the counties one level down", async () => {
    const overview = await getIndicatorOverview(staff, null, AS_OF);
    expect(overview?.org.level).toBe("city");
    const counties = await db().county.count({ where: { cityId: staff.cityId } });
    expect(overview!.children).toHaveLength(counties);
    const [schools] = await db().$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM schools WHERE city_id = ${staff.cityId} AND is_active`;
    const gigabit = overview!.org.computation.results.gigabit_school_100m_class_share;
    expect(gigabit?.computable && gigabit.denominator).toBe(schools!.count);
  });

  it("shows a county officer nothing of another county (a forged county id looks missing)", async () => {
    const sibling = await db().county.findFirstOrThrow({ where: { name: "历下区" } });
    expect(await getIndicatorOverview(officer, sibling.id, AS_OF)).toBeNull();
  });
});

describe("targets", () => {
  it("a county target overrides the city default for that county only, is audited, and deleting it restores it", async () => {
    const key = "rural_principals_under45_share";
    const rowFor = async (user: SessionUser, id: number | null) =>
      (await getIndicatorOverview(user, id, AS_OF))!.org.rows.find((row) => row.definition.key === key)!;
    expect((await rowFor(staff, countyId)).target).toMatchObject({ source: "policy", value: 50 });

    const auditBefore = await db().auditLog.count({ where: { entity: "target" } });
    const created = await setTarget(staff, { indicatorKey: key, countyId, value: 60, deadlineYear: 2027 });
    expect((await rowFor(staff, countyId)).target).toEqual({
      value: 60,
      deadlineYear: 2027,
      source: "county",
    });
    const other = await db().county.findFirstOrThrow({
      where: { cityId: staff.cityId, NOT: { id: countyId } },
    });
    expect((await rowFor(staff, other.id)).target?.source).toBe("policy");
    expect(await db().auditLog.count({ where: { entity: "target" } })).toBe(auditBefore + 1);

    await deleteTarget(staff, created.id);
    expect((await rowFor(staff, countyId)).target?.source).toBe("policy");
    expect(await db().auditLog.count({ where: { entity: "target" } })).toBe(auditBefore + 2);
  });

  it("refuses a percentage target above 100 and writes nothing", async () => {
    signInAs(staff);
    const before = await db().target.count();
    const state = await setTargetAction(
      IDLE,
      formData({ indicatorKey: "rural_schools_in_groups_share", value: 120, deadlineYear: 2027 }),
    );
    expect(state).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(state.status === "error" && state.fieldErrors?.value?.[0]?.key).toBe("percentRange");
    const badYear = await setTargetAction(
      IDLE,
      formData({ indicatorKey: "rural_schools_in_groups_share", value: 90, deadlineYear: 1999 }),
    );
    expect(badYear.status === "error" && badYear.fieldErrors?.deadlineYear?.[0]?.key).toBe("yearRange");
    expect(await db().target.count()).toBe(before);
  });
});

describe("standards", () => {
  it("configuring every Class Ⅱ item makes the town-seat indicator computable for this city only", async () => {
    const before = await getIndicatorOverview(staff, null, AS_OF);
    expect(before!.org.computation.results.town_seat_schools_class2_share).toEqual({
      computable: false,
      reason: "threshold_not_configured",
    });
    const shared = await db().standardThreshold.findMany({
      where: { set: { key: "shandong_class2", cityId: null } },
      select: { id: true },
    });
    // Low values every town-seat school meets: the share must then be 100%.
    for (const row of shared)
      await updateThreshold(staff, {
        id: row.id,
        value: 0.01,
        effectiveFrom: "2020-01-01",
        minClasses: null,
        maxClasses: null,
      });

    const copy = await db().standardSet.findFirstOrThrow({
      where: { key: "shandong_class2", cityId: staff.cityId },
      include: { thresholds: true },
    });
    // The copy holds every shared row plus the new dated rows; the shared set is untouched.
    expect(copy.thresholds).toHaveLength(shared.length * 2);
    expect(
      await db().standardThreshold.count({ where: { id: { in: shared.map((r) => r.id) }, value: null } }),
    ).toBe(shared.length);
    const after = await getIndicatorOverview(staff, null, AS_OF);
    expect(after!.org.computation.results.town_seat_schools_class2_share).toMatchObject({
      computable: true,
      value: 100,
    });
    const otherCity = await sessionUserFor("weifang.staff");
    const elsewhere = await getIndicatorOverview(otherCity, null, AS_OF);
    expect(elsewhere!.org.computation.results.town_seat_schools_class2_share).toMatchObject({
      computable: false,
    });
  });

  it("refuses to change a national standard, a negative value or an inverted class band, and writes nothing", async () => {
    signInAs(staff);
    const national = await db().standardThreshold.findFirstOrThrow({
      where: { set: { key: "moe_2017_quality_balanced" } },
    });
    const count = await db().standardThreshold.count();
    const refused = await updateThresholdAction(
      IDLE,
      formData({ id: national.id, value: 1, effectiveFrom: "2026-01-01" }),
    );
    expect(refused).toMatchObject({ status: "error", code: "INVALID_STATE" });
    const configurable = await db().standardThreshold.findFirstOrThrow({
      where: { set: { key: "shandong_class2", cityId: null } },
    });
    const negative = await updateThresholdAction(
      IDLE,
      formData({ id: configurable.id, value: -3, effectiveFrom: "2026-01-01" }),
    );
    expect(negative.status === "error" && negative.fieldErrors?.value?.[0]?.key).toBe("positive");
    const inverted = await updateThresholdAction(
      IDLE,
      formData({
        id: configurable.id,
        value: 3,
        effectiveFrom: "2026-01-01",
        minClasses: 24,
        maxClasses: 12,
      }),
    );
    expect(inverted.status === "error" && inverted.fieldErrors?.maxClasses?.[0]?.key).toBe("classBandOrder");
    expect(await db().standardThreshold.count()).toBe(count);
  });
});

describe("cached computations", () => {
  it("serve repeated views from one computation and recompute after an audited write", async () => {
    const first = await getIndicatorOverview(staff, null, AS_OF);
    const again = await getIndicatorOverview(staff, null, AS_OF);
    expect(again!.org.computation).toBe(first!.org.computation);
    await setTarget(staff, { indicatorKey: "teacher_rotation_rate", value: 12, deadlineYear: 2027 });
    const after = await getIndicatorOverview(staff, null, AS_OF);
    expect(after!.org.computation).not.toBe(first!.org.computation);
    expect(
      after!.org.rows.find((row) => row.definition.key === "teacher_rotation_rate")?.target,
    ).toMatchObject({
      value: 12,
      source: "city",
    });
    // Another city's data version is untouched: its computation is still shared.
    const weifang = await sessionUserFor("weifang.staff");
    const otherBefore = await getIndicatorOverview(weifang, null, AS_OF);
    await setTarget(staff, { indicatorKey: "teacher_rotation_rate", value: 13, deadlineYear: 2027 });
    expect((await getIndicatorOverview(weifang, null, AS_OF))!.org.computation).toBe(
      otherBefore!.org.computation,
    );
  });
});

describe("settings", () => {
  it("a longer principal term leaves fewer principals due for rotation", async () => {
    const admin = await sessionUserFor("jinan.admin");
    const due = async () =>
      valueOf(
        (await getIndicatorOverview(staff, null, AS_OF))!.org.computation.results.principals_due_rotation,
      );
    expect(await getCitySettings(admin)).toMatchObject({ principal_term_years: 3 });
    const atThree = await due();
    await updateCitySettings(admin, { principal_term_years: 5, outlier_factor: 3 });
    expect(await getCitySettings(admin)).toMatchObject({ principal_term_years: 5 });
    expect(await due()).toBeLessThan(atThree);
    expect(await db().auditLog.count({ where: { entity: "city_settings" } })).toBe(1);
  });
});
