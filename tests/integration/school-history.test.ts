// A school's figures as things stood (issue 15, Schools; decision 0024): a closed school counts until its closing day
// and not after; a dated change of the 城乡分类代码 or the town-seat flag leaves the quarters before it as they were,
// while a correction of a mistake reaches back. The profiles are what every computed indicator reads.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { updateSchoolAction } from "@/lib/actions/schools";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeComputeIndicators } from "@/lib/data/indicators/compute-indicators";
import { unsafeLoadSchoolProfiles } from "@/lib/data/indicators/load-school-profiles";
import { closeSchool } from "@/lib/data/schools/close-school";
import { createSchool } from "@/lib/data/schools/create-school";
import { updateSchool } from "@/lib/data/schools/update-school";
import { db } from "@/lib/db";
import type { SchoolFieldsInput } from "@/lib/schemas/schools";
import { formData } from "../support/form-data";
import { ruralPrimarySchool, schoolFormFields } from "../support/school-form";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

let officer: SessionUser;
let county: { id: number; cityId: number; townId: number };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const Q2_END = day("2026-06-30");
const Q3_END = day("2026-09-30");
// After every change below, which happen "today" (a fixed day in Q4) or earlier.
const TODAY = new Date("2026-11-20T04:00:00Z");

let nextCode = 3701269500;
function school(overrides: Partial<SchoolFieldsInput> = {}): SchoolFieldsInput {
  return ruralPrimarySchool({
    code: String(nextCode++),
    name: "商河县历史测试小学",
    townId: county.townId,
    ...overrides,
  });
}

const profileOn = async (schoolId: number, asOf: Date) =>
  (
    await unsafeLoadSchoolProfiles(db(), {
      countyIds: [county.id],
      asOf,
      principalTermYears: 6,
      schoolIds: [schoolId],
    })
  )[0];

const ruralSchoolsOn = async (asOf: Date) => {
  const computation = await unsafeComputeIndicators(db(), {
    cityId: county.cityId,
    countyIds: [county.id],
    includeCity: false,
    asOf,
  });
  const result = computation.counties.get(county.id)!.computation.results.rural_schools_in_groups_share;
  return result?.computable ? result.denominator : null;
};

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  const found = await db().county.findFirstOrThrow({
    where: { name: "商河县" },
    select: { id: true, cityId: true, towns: { select: { id: true }, orderBy: { id: "asc" }, take: 1 } },
  });
  county = { id: found.id, cityId: found.cityId, townId: found.towns[0]!.id };
});

describe("a closed school", () => {
  it("counts in the quarters before its closing day and not in those after, nor on the day itself", async () => {
    const created = await createSchool(officer, school());
    const ruralBefore = { q2: await ruralSchoolsOn(Q2_END), q3: await ruralSchoolsOn(Q3_END) };
    await closeSchool(officer, { id: created.id, closedOn: day("2026-08-31"), mergedIntoId: undefined });

    expect(await profileOn(created.id, Q2_END)).toMatchObject({ schoolId: created.id });
    expect(await profileOn(created.id, day("2026-08-30"))).toMatchObject({ schoolId: created.id });
    expect(await profileOn(created.id, day("2026-08-31"))).toBeUndefined();
    expect(await profileOn(created.id, Q3_END)).toBeUndefined();
    // The county's figure: the rural school stays in Q2's denominator and leaves Q3's.
    expect(await ruralSchoolsOn(Q2_END)).toBe(ruralBefore.q2);
    expect(await ruralSchoolsOn(Q3_END)).toBe(ruralBefore.q3! - 1);
  });
});

describe("a group membership", () => {
  it("counts from the day the school joined until the day it left", async () => {
    const member = await createSchool(officer, school());
    const core = await createSchool(officer, school({ urbanRuralCode: "111", name: "商河县核心学校" }));
    await db().educationGroup.create({
      data: {
        countyId: county.id,
        name: "商河县历史测试集团",
        kind: "URBAN_RURAL_GROUP",
        coreSchoolId: core.id,
        foundedOn: day("2026-01-01"),
        members: { create: { schoolId: member.id, joinedOn: day("2026-03-01"), leftOn: day("2026-08-01") } },
      },
    });
    expect(await profileOn(member.id, day("2026-02-28"))).toMatchObject({ inUrbanRuralGroup: false });
    expect(await profileOn(member.id, Q2_END)).toMatchObject({ inUrbanRuralGroup: true });
    expect(await profileOn(member.id, Q3_END)).toMatchObject({ inUrbanRuralGroup: false });
  });
});

describe("a change of class or town seat", () => {
  it("dated: the quarters before the effective day keep the old class and town seat", async () => {
    const created = await createSchool(officer, school({ urbanRuralCode: "220" }));
    const ruralQ2 = await ruralSchoolsOn(Q2_END);
    await updateSchool(
      officer,
      {
        ...school({ code: created.code, urbanRuralCode: "111" }),
        id: created.id,
        stateChange: "dated",
        effectiveOn: day("2026-09-01"),
      },
      TODAY,
    );
    expect(await profileOn(created.id, Q2_END)).toMatchObject({
      locationClass: "VILLAGE",
      isTownSeat: false,
    });
    expect(await profileOn(created.id, day("2026-08-31"))).toMatchObject({ locationClass: "VILLAGE" });
    expect(await profileOn(created.id, day("2026-09-01"))).toMatchObject({ locationClass: "URBAN" });
    expect(await ruralSchoolsOn(Q2_END)).toBe(ruralQ2);

    // A second change later on: each stretch keeps its own state.
    await updateSchool(
      officer,
      {
        ...school({ code: created.code, urbanRuralCode: "121", isTownSeat: true }),
        id: created.id,
        effectiveOn: day("2026-10-15"),
      },
      TODAY,
    );
    expect(await profileOn(created.id, Q2_END)).toMatchObject({
      locationClass: "VILLAGE",
      isTownSeat: false,
    });
    expect(await profileOn(created.id, Q3_END)).toMatchObject({ locationClass: "URBAN", isTownSeat: false });
    expect(await profileOn(created.id, TODAY)).toMatchObject({
      locationClass: "TOWN_AREA",
      isTownSeat: true,
    });
    expect(
      await db().schoolPastState.findMany({
        where: { schoolId: created.id },
        orderBy: { validUntil: "asc" },
        select: { validUntil: true, urbanRuralCode: true, isTownSeat: true },
      }),
    ).toEqual([
      { validUntil: day("2026-09-01"), urbanRuralCode: "220", isTownSeat: false },
      { validUntil: day("2026-10-15"), urbanRuralCode: "111", isTownSeat: false },
    ]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "school", entityId: String(created.id), action: "update" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ urbanRuralCode: "121", stateChangedOn: "2026-10-15T00:00:00.000Z" });
  });

  it("a correction reaches back to every quarter and records no past state", async () => {
    const created = await createSchool(officer, school({ urbanRuralCode: "220" }));
    await updateSchool(
      officer,
      { ...school({ code: created.code, urbanRuralCode: "112" }), id: created.id, stateChange: "correction" },
      TODAY,
    );
    expect(await profileOn(created.id, Q2_END)).toMatchObject({ locationClass: "URBAN" });
    expect(await db().schoolPastState.count({ where: { schoolId: created.id } })).toBe(0);
  });

  it("an edit that leaves class and town seat alone records no past state, whatever day it names", async () => {
    const created = await createSchool(officer, school());
    await updateSchool(
      officer,
      {
        ...school({ code: created.code, name: "商河县改名小学" }),
        id: created.id,
        effectiveOn: day("2026-07-01"),
      },
      TODAY,
    );
    expect(await db().schoolPastState.count({ where: { schoolId: created.id } })).toBe(0);
  });

  it("refuses a day in the future or before the last change, as a field error, and changes nothing", async () => {
    const created = await createSchool(officer, school());
    await updateSchool(
      officer,
      {
        ...school({ code: created.code, urbanRuralCode: "210" }),
        id: created.id,
        effectiveOn: day("2026-10-01"),
      },
      TODAY,
    );
    await expect(
      updateSchool(
        officer,
        {
          ...school({ code: created.code, urbanRuralCode: "111" }),
          id: created.id,
          effectiveOn: day("2026-09-30"),
        },
        TODAY,
      ),
    ).rejects.toMatchObject({ code: "VALIDATION", messageKey: "schools.effectiveBeforeLastChange" });

    signInAs(officer);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const state = await updateSchoolAction(
      IDLE,
      formData({
        id: created.id,
        ...schoolFormFields(school({ code: created.code, urbanRuralCode: "111" })),
        stateChange: "dated",
        effectiveOn: tomorrow,
      }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { effectiveOn: [{ key: "effectiveInFuture" }] },
    });
    expect(await db().school.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      urbanRuralCode: "210",
    });
    expect(await db().schoolPastState.count({ where: { schoolId: created.id } })).toBe(1);
  });
});
