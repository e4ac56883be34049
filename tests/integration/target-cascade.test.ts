// Targets that cascade and add up (issue 20, decision 0035): a city target of a count split among its counties adds
// up exactly, the roll-up check flags a shortfall and the counties without a target, and a split that is refused
// (by role, by input, by a changed preview) writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { splitTargetAction } from "@/lib/actions/indicators";
import { deleteTarget } from "@/lib/data/targets/delete-target";
import { getTargetRollUp } from "@/lib/data/targets/get-target-roll-up";
import { setTarget } from "@/lib/data/targets/set-target";
import { splitTarget } from "@/lib/data/targets/split-target";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { formData } from "../support/form-data";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

const COUNT = "rural_featured_courses";
const SHARE = "rural_schools_in_groups_share";
const DEADLINE = 2033;
const TOTAL = 15_000;
// School year of today: it starts in September.
const today = new Date();
const schoolYear = today.getUTCMonth() + 1 >= 9 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;

let staff: CitySessionUser;
let officer: CitySessionUser;
let counties: { id: number; name: string }[];

const countyTargets = (indicatorKey = COUNT, deadlineYear = DEADLINE) =>
  db().target.findMany({
    where: { indicatorKey, cityId: staff.cityId, countyId: { not: null }, deadlineYear },
    select: { countyId: true, value: true },
  });
const state = async () => ({
  targets: await db().target.count(),
  audit: await db().auditLog.count({ where: { entity: "target" } }),
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
  staff = await sessionUserFor("jinan.staff");
  officer = await sessionUserFor("jinan.shanghe");
  counties = await db().county.findMany({
    where: { cityId: staff.cityId },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
  await setTarget(staff, { indicatorKey: COUNT, value: TOTAL, deadlineYear: DEADLINE });
});

describe("splitting a city's count target among its counties", () => {
  it("by enrolment: every county gets its share, the parts add up exactly, each write is audited", async () => {
    const before = await state();
    const result = await splitTarget(staff, {
      indicatorKey: COUNT,
      deadlineYear: DEADLINE,
      method: "enrolment",
      parts: [],
    });
    expect(result.written).toBe(counties.length);

    const rows = await countyTargets();
    expect(rows).toHaveLength(counties.length);
    expect(rows.reduce((sum, row) => sum + row.value.toNumber(), 0)).toBe(TOTAL);
    expect(rows.every((row) => Number.isInteger(row.value.toNumber()))).toBe(true);
    // Each part is within one of its exact quota by pupils, counted here independently from the base tables.
    const pupils = await db().$queryRaw<{ countyId: number; pupils: number }[]>`
      SELECT s.county_id AS "countyId", COALESCE(sum((
        SELECT f.enrolment_preschool + f.enrolment_primary + f.enrolment_junior + f.enrolment_senior + f.enrolment_special
        FROM facility_records f WHERE f.school_id = s.id AND f.school_year <= ${schoolYear}
        ORDER BY f.school_year DESC LIMIT 1)), 0)::int AS pupils
      FROM schools s WHERE s.city_id = ${staff.cityId} AND s.is_active GROUP BY s.county_id`;
    const allPupils = pupils.reduce((sum, row) => sum + row.pupils, 0);
    expect(allPupils).toBeGreaterThan(0);
    for (const row of rows) {
      const own = pupils.find((entry) => entry.countyId === row.countyId)?.pupils ?? 0;
      expect(Math.abs(row.value.toNumber() - (TOTAL * own) / allPupils)).toBeLessThan(1);
    }

    const after = await state();
    expect(after.targets).toBe(before.targets + counties.length);
    expect(after.audit).toBe(before.audit + counties.length);
    const audits = await db().auditLog.findMany({
      where: { entity: "target", actorId: staff.id },
      orderBy: { id: "desc" },
      take: counties.length,
      select: { action: true, after: true },
    });
    expect(audits.every((audit) => audit.action === "create")).toBe(true);

    const rollUp = await getTargetRollUp(staff, COUNT);
    const check = rollUp?.checks.find((entry) => entry.deadlineYear === DEADLINE);
    expect(check).toMatchObject({
      source: "city",
      value: TOTAL,
      check: { rule: "sum", achieved: TOTAL, isOk: true, gap: 0, missing: [] },
    });
  });

  it("the roll-up check flags a shortfall and the counties without a target", async () => {
    const [first, second] = counties;
    const rows = await countyTargets();
    const firstValue = rows.find((row) => row.countyId === first!.id)!.value.toNumber();
    const secondValue = rows.find((row) => row.countyId === second!.id)!.value.toNumber();
    await setTarget(staff, {
      indicatorKey: COUNT,
      countyId: first!.id,
      value: Math.max(0, firstValue - 100),
      deadlineYear: DEADLINE,
    });
    const secondRow = await db().target.findFirstOrThrow({
      where: { indicatorKey: COUNT, countyId: second!.id, deadlineYear: DEADLINE },
      select: { id: true },
    });
    await deleteTarget(staff, secondRow.id);

    const check = (await getTargetRollUp(staff, COUNT))!.checks.find(
      (entry) => entry.deadlineYear === DEADLINE,
    )!;
    const shortBy = Math.min(100, firstValue) + secondValue;
    expect(check.check).toMatchObject({
      rule: "sum",
      achieved: TOTAL - shortBy,
      isOk: false,
      gap: shortBy,
      missing: [second!.id],
    });
    // A county officer sees only its county: the whole city's roll-up is not theirs.
    expect(await getTargetRollUp(officer, COUNT)).toBeNull();
  });

  it("by hand through the action: parts that add up are written, replacing the counties' targets", async () => {
    signInAs(staff);
    const [first, second] = counties;
    const parts = Object.fromEntries(
      counties.map((county) => [
        `part.${county.id}`,
        county === first ? TOTAL - 1_000 : county === second ? 1_000 : 0,
      ]),
    );
    const before = await state();
    const result = await splitTargetAction(
      IDLE,
      formData({ indicatorKey: COUNT, deadlineYear: DEADLINE, method: "manual", note: "手工分解", ...parts }),
    );
    expect(result).toMatchObject({ status: "success", params: { count: counties.length } });
    const rows = await countyTargets();
    expect(rows.find((row) => row.countyId === first!.id)?.value.toNumber()).toBe(TOTAL - 1_000);
    expect(rows.reduce((sum, row) => sum + row.value.toNumber(), 0)).toBe(TOTAL);
    // The county whose target had been deleted gets a new one; the others are updated.
    const after = await state();
    expect(after.targets).toBe(before.targets + 1);
    expect(after.audit).toBe(before.audit + counties.length);
    const check = (await getTargetRollUp(staff, COUNT))!.checks.find(
      (entry) => entry.deadlineYear === DEADLINE,
    )!;
    expect(check.check).toMatchObject({ isOk: true, gap: 0, missing: [] });
  });

  it("refuses a county officer, and a split that does not add up, leaving everything as it was", async () => {
    const before = await state();
    const targetsBefore = await countyTargets();

    expect(
      await codeOf(() =>
        splitTarget(officer, { indicatorKey: COUNT, deadlineYear: DEADLINE, method: "enrolment", parts: [] }),
      ),
    ).toBe("FORBIDDEN");
    signInAs(officer);
    expect(
      await splitTargetAction(
        IDLE,
        formData({ indicatorKey: COUNT, deadlineYear: DEADLINE, method: "schools" }),
      ),
    ).toMatchObject({ status: "error", code: "FORBIDDEN" });

    signInAs(staff);
    const short = await splitTargetAction(
      IDLE,
      formData({
        indicatorKey: COUNT,
        deadlineYear: DEADLINE,
        method: "manual",
        [`part.${counties[0]!.id}`]: TOTAL - 1,
      }),
    );
    expect(short).toMatchObject({
      status: "error",
      code: "VALIDATION",
      messageKey: "targetCascade.splitShort",
      params: { sum: TOTAL - 1, total: TOTAL, gap: 1 },
    });
    // Half a course is no part of a count.
    const fraction = await splitTargetAction(
      IDLE,
      formData({
        indicatorKey: COUNT,
        deadlineYear: DEADLINE,
        method: "manual",
        [`part.${counties[0]!.id}`]: TOTAL - 0.5,
        [`part.${counties[1]!.id}`]: 0.5,
      }),
    );
    expect(fraction).toMatchObject({ status: "error", code: "VALIDATION" });
    // A county of another city looks missing.
    const foreign = await db().county.findFirstOrThrow({ where: { name: "青州市" }, select: { id: true } });
    const forged = await splitTargetAction(
      IDLE,
      formData({
        indicatorKey: COUNT,
        deadlineYear: DEADLINE,
        method: "manual",
        [`part.${foreign.id}`]: TOTAL,
      }),
    );
    expect(forged).toMatchObject({ status: "error", code: "NOT_FOUND" });
    // A preview that no longer matches the split of today's bases is refused.
    const stale = await splitTargetAction(
      IDLE,
      formData({
        indicatorKey: COUNT,
        deadlineYear: DEADLINE,
        method: "schools",
        ...Object.fromEntries(
          counties.map((county) => [`part.${county.id}`, county === counties[0] ? TOTAL : 0]),
        ),
      }),
    );
    expect(stale).toMatchObject({
      status: "error",
      code: "CONFLICT",
      messageKey: "targetCascade.previewChanged",
    });
    // No city target with that deadline; a share is passed down, never split; an unknown method.
    expect(
      await splitTargetAction(IDLE, formData({ indicatorKey: COUNT, deadlineYear: 2034, method: "schools" })),
    ).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { deadlineYear: [{ key: "noCityTarget" }] },
    });
    await setTarget(staff, { indicatorKey: SHARE, value: 90, deadlineYear: DEADLINE });
    const share = await splitTargetAction(
      IDLE,
      formData({ indicatorKey: SHARE, deadlineYear: DEADLINE, method: "schools" }),
    );
    expect(share).toMatchObject({ status: "error", messageKey: "targetCascade.notSplittable" });
    expect(
      await splitTargetAction(
        IDLE,
        formData({ indicatorKey: COUNT, deadlineYear: DEADLINE, method: "area" }),
      ),
    ).toMatchObject({ status: "error", code: "VALIDATION" });

    // Only the share's city target (set above) was written.
    expect(await state()).toEqual({ targets: before.targets + 1, audit: before.audit + 1 });
    expect(await countyTargets()).toEqual(targetsBefore);
  });

  it("a share's roll-up is the enrolment-weighted mean, counties without their own target counting at the city's", async () => {
    const [first] = counties;
    const rollUp = (await getTargetRollUp(staff, SHARE))!;
    const check = rollUp.checks.find((entry) => entry.deadlineYear === DEADLINE)!;
    expect(check.check).toMatchObject({ rule: "weightedMean", achieved: 90, isOk: true });
    expect(check.check.missing).toHaveLength(counties.length);

    await setTarget(staff, { indicatorKey: SHARE, countyId: first!.id, value: 60, deadlineYear: DEADLINE });
    const after = (await getTargetRollUp(staff, SHARE))!;
    const weights = after.counties.map((county) => county.bases.enrolment);
    const firstWeight = after.counties.find((county) => county.countyId === first!.id)!.bases.enrolment;
    const all = weights.reduce((a, b) => a + b, 0);
    // (60 × w₁ + 90 × (W − w₁)) / W = 90 − 30 × w₁ / W
    const expected = Number((90 - (30 * firstWeight) / all).toFixed(4));
    const shareCheck = after.checks.find((entry) => entry.deadlineYear === DEADLINE)!.check;
    expect(shareCheck.achieved).toBeCloseTo(expected, 4);
    expect(shareCheck.isOk).toBe(firstWeight === 0);
    expect(shareCheck.missing).not.toContain(first!.id);
  });
});
