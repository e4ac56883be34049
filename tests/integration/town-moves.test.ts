// A town moved to another county with its schools from a day (decision 0026): the quarters before keep counting its
// schools in the old county, the ones after in the new; principals, projects and problems follow the school, and its
// memberships of the old county's groups end that day. City staff keep their own city's divisions only.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { moveTownsAction, renameCountyAction, renameTownAction } from "@/lib/actions/divisions";
import { createFunctionalZone } from "@/lib/data/geography/create-functional-zone";
import { moveTowns } from "@/lib/data/geography/move-towns";
import { renameCounty, renameTown } from "@/lib/data/geography/rename-division";
import { unsafeLoadSchoolProfiles } from "@/lib/data/indicators/load-school-profiles";
import { updateSchool } from "@/lib/data/schools/update-school";
import { db } from "@/lib/db";
import { formData } from "../support/form-data";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const Q2_END = day("2026-06-30");
const Q3_END = day("2026-09-30");
const MOVE_DAY = day("2026-07-01");
const TODAY = new Date("2026-11-20T04:00:00Z");

let staff: CitySessionUser;
let otherStaff: CitySessionUser;
let shanghe: { id: number; cityId: number };

/** The counties the profiles (every figure's input) put the school in, as of a day. */
async function countiesOf(schoolId: number, asOf: Date, countyIds: number[]) {
  const profiles = await unsafeLoadSchoolProfiles(db(), {
    countyIds,
    asOf,
    principalTermYears: 6,
    schoolIds: [schoolId],
  });
  return profiles.map((profile) => profile.countyId);
}

/** What a refused call must leave as it was: the city's towns, schools, past states, memberships and audit rows. */
async function snapshot(cityId: number) {
  const [towns, schools, pastStates, members, audits] = await Promise.all([
    db().town.findMany({ where: { county: { cityId } }, orderBy: { id: "asc" } }),
    db().school.findMany({ where: { cityId }, orderBy: { id: "asc" }, select: { id: true, countyId: true } }),
    db().schoolPastState.count(),
    db().educationGroupMember.findMany({ orderBy: { id: "asc" }, select: { id: true, leftOn: true } }),
    db().auditLog.count({ where: { cityId } }),
  ]);
  return { towns, schools, pastStates, members, audits };
}

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  otherStaff = await sessionUserFor("weifang.staff");
  shanghe = await db().county.findFirstOrThrow({
    where: { name: "商河县" },
    select: { id: true, cityId: true },
  });
});

describe("moving a town with its schools from a day", () => {
  it("counts its schools in the old county before the day and in the new one from it, audited", async () => {
    // A town of 商河县 with schools in groups (none at a group's core), so that memberships are moved too.
    const town = await db().town.findFirstOrThrow({
      where: {
        countyId: shanghe.id,
        schools: { some: { groupMemberships: { some: { leftOn: null } } } },
        NOT: { schools: { some: { coreOfGroups: { some: { dissolvedOn: null } } } } },
      },
      orderBy: { id: "asc" },
      select: { id: true, name: true, schools: { select: { id: true }, orderBy: { id: "asc" } } },
    });
    const schoolIds = town.schools.map((school) => school.id);
    const zone = await createFunctionalZone(staff, { name: "商河经济开发区", nameEn: "", townIds: [] });
    const membersBefore = await db().educationGroupMember.count({
      where: { schoolId: { in: schoolIds }, leftOn: null },
    });
    expect(membersBefore).toBeGreaterThan(0);

    const moved = await moveTowns(
      staff,
      { countyId: zone.id, townIds: [town.id], effectiveOn: MOVE_DAY },
      TODAY,
    );
    expect(moved).toEqual({
      county: "商河经济开发区",
      towns: 1,
      schools: schoolIds.length,
      membershipsEnded: membersBefore,
    });

    const [first] = schoolIds;
    expect(await countiesOf(first!, Q2_END, [shanghe.id])).toEqual([shanghe.id]);
    expect(await countiesOf(first!, Q2_END, [zone.id])).toEqual([]);
    expect(await countiesOf(first!, Q3_END, [zone.id])).toEqual([zone.id]);
    expect(await countiesOf(first!, Q3_END, [shanghe.id])).toEqual([]);

    expect(await db().school.count({ where: { id: { in: schoolIds }, countyId: zone.id } })).toBe(
      schoolIds.length,
    );
    expect(
      await db().schoolPastState.count({
        where: { schoolId: { in: schoolIds }, validUntil: MOVE_DAY, countyId: shanghe.id },
      }),
    ).toBe(schoolIds.length);
    expect(
      await db().user.count({ where: { schoolId: { in: schoolIds }, NOT: { countyId: zone.id } } }),
    ).toBe(0);
    expect(
      await db().project.count({ where: { schoolId: { in: schoolIds }, NOT: { countyId: zone.id } } }),
    ).toBe(0);
    expect(
      await db().educationGroupMember.count({ where: { schoolId: { in: schoolIds }, leftOn: MOVE_DAY } }),
    ).toBe(membersBefore);

    const audit = await db().auditLog.findFirstOrThrow({
      where: { cityId: staff.cityId, action: "move_towns" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ actorId: staff.id, entity: "county", entityId: String(zone.id) });
    expect(audit.after).toMatchObject({
      effectiveOn: "2026-07-01",
      towns: [{ id: town.id, name: town.name, fromCountyId: shanghe.id }],
      schools: schoolIds.length,
    });

    // A later dated change of such a school keeps its state in the new county.
    const school = await db().school.findUniqueOrThrow({ where: { id: first! } });
    await updateSchool(
      staff,
      {
        id: school.id,
        code: school.code,
        name: school.name,
        townId: school.townId,
        level: school.level,
        ownership: school.ownership,
        urbanRuralCode: school.urbanRuralCode === "220" ? "210" : "220",
        isTownSeat: false,
        isTownCentralKindergarten: school.isTownCentralKindergarten,
        stateChange: "dated",
        effectiveOn: day("2026-10-01"),
      } as Parameters<typeof updateSchool>[1],
      TODAY,
    );
    expect(
      await db().schoolPastState.findUniqueOrThrow({
        where: { schoolId_validUntil: { schoolId: school.id, validUntil: day("2026-10-01") } },
        select: { countyId: true },
      }),
    ).toEqual({ countyId: zone.id });
    expect(await countiesOf(first!, Q2_END, [shanghe.id])).toEqual([shanghe.id]);
    expect(await countiesOf(first!, Q3_END, [zone.id])).toEqual([zone.id]);

    // Moving back before that change would cross the school's history.
    await expect(
      moveTowns(staff, { countyId: shanghe.id, townIds: [town.id], effectiveOn: day("2026-09-01") }, TODAY),
    ).rejects.toMatchObject({ code: "VALIDATION", messageKey: "divisions.moveBeforeLastChange" });
  });

  it("refuses a day after today, a town already there, and a school at the core of another county's group", async () => {
    const town = await db().town.findFirstOrThrow({
      where: { countyId: shanghe.id, schools: { some: {} } },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    const other = await db().county.findFirstOrThrow({
      where: { cityId: shanghe.cityId, NOT: { id: shanghe.id } },
      select: { id: true },
    });
    const before = await snapshot(staff.cityId);
    await expect(
      moveTowns(staff, { countyId: other.id, townIds: [town.id], effectiveOn: day("2026-11-21") }, TODAY),
    ).rejects.toMatchObject({ code: "VALIDATION", messageKey: "divisions.moveInFuture" });
    await expect(moveTowns(staff, { countyId: shanghe.id, townIds: [town.id] }, TODAY)).rejects.toMatchObject(
      { code: "VALIDATION", messageKey: "divisions.alreadyInCounty" },
    );
    const core = await db().educationGroup.findFirst({
      where: { countyId: shanghe.id, dissolvedOn: null },
      select: { coreSchool: { select: { townId: true } } },
    });
    if (core)
      await expect(
        moveTowns(staff, { countyId: other.id, townIds: [core.coreSchool.townId] }, TODAY),
      ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "divisions.coreOfGroup" });
    expect(await snapshot(staff.cityId)).toEqual(before);
  });

  it("a city's staff cannot touch another city's towns or counties (forged ids), and nothing changes", async () => {
    const town = await db().town.findFirstOrThrow({
      where: { countyId: shanghe.id },
      orderBy: { id: "asc" },
      select: { id: true, name: true },
    });
    const weifangCounty = await db().county.findFirstOrThrow({
      where: { cityId: otherStaff.cityId },
      select: { id: true },
    });
    const jinan = await snapshot(staff.cityId);
    const weifang = await snapshot(otherStaff.cityId);
    // Jinan's town into a Weifang county, by Weifang's staff, and by Jinan's: both look missing.
    await expect(
      moveTowns(otherStaff, { countyId: weifangCounty.id, townIds: [town.id] }, TODAY),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      moveTowns(staff, { countyId: weifangCounty.id, townIds: [town.id] }, TODAY),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      renameCounty(otherStaff, { id: shanghe.id, name: "改名县", nameEn: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renameTown(otherStaff, { id: town.id, name: "改名镇" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    signInAs(otherStaff);
    expect(
      await moveTownsAction(
        IDLE,
        formData({ countyId: weifangCounty.id, townIds: town.id, effectiveOn: "" }),
      ),
    ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(
      await renameCountyAction(IDLE, formData({ id: shanghe.id, name: "改名县", nameEn: "" })),
    ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await renameTownAction(IDLE, formData({ id: town.id, name: "改名镇" }))).toMatchObject({
      status: "error",
      code: "NOT_FOUND",
    });
    // A county officer has no divisions:manage at all.
    const officer = await sessionUserFor("jinan.shanghe");
    await expect(renameTown(officer, { id: town.id, name: "改名镇" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshot(staff.cityId)).toEqual(jinan);
    expect(await snapshot(otherStaff.cityId)).toEqual(weifang);
  });
});

describe("renaming counties and towns", () => {
  it("renames, audited with before and after; a name the city or county already has is refused", async () => {
    const town = await db().town.findFirstOrThrow({
      where: { countyId: shanghe.id },
      orderBy: { id: "asc" },
      select: { id: true, name: true },
    });
    signInAs(staff);
    expect(await renameTownAction(IDLE, formData({ id: town.id, name: "新名镇" }))).toMatchObject({
      status: "success",
    });
    expect(await db().town.findUniqueOrThrow({ where: { id: town.id } })).toMatchObject({ name: "新名镇" });
    expect(
      await db().auditLog.findFirstOrThrow({
        where: { action: "update", entity: "town", entityId: String(town.id) },
      }),
    ).toMatchObject({ before: { name: town.name }, after: { name: "新名镇" } });

    const other = await db().county.findFirstOrThrow({
      where: { cityId: shanghe.cityId, NOT: { id: shanghe.id } },
      select: { name: true },
    });
    expect(
      await renameCountyAction(IDLE, formData({ id: shanghe.id, name: other.name, nameEn: "" })),
    ).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(
      await renameCountyAction(
        IDLE,
        formData({ id: shanghe.id, name: "商河区", nameEn: "Shanghe District" }),
      ),
    ).toMatchObject({ status: "success" });
    expect(await db().county.findUniqueOrThrow({ where: { id: shanghe.id } })).toMatchObject({
      name: "商河区",
      nameEn: "Shanghe District",
    });
  });
});
