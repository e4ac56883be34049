// Setting a city up from the official division list (decision 0018), functional zones added by hand, and the first
// admin of an empty installation (npm run admin:create).
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { createFunctionalZoneAction, setUpCityDivisionsAction } from "@/lib/actions/divisions";
import { authenticateWithPassword } from "@/lib/data/auth/authenticate";
import { createFunctionalZone } from "@/lib/data/geography/create-functional-zone";
import { setUpCityDivisions } from "@/lib/data/geography/set-up-city-divisions";
import { COMMAND_LINE_ACTOR, createFirstAdmin } from "@/lib/data/users/create-first-admin";
import { db } from "@/lib/db";
import { officialCity } from "@/lib/divisions/shandong";
import { createFirstAdminSchema } from "@/lib/schemas/users";
import { formData } from "../support/form-data";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

const DONGYING = officialCity("370500")!;
const DONGYING_TOWNS = DONGYING.counties.flatMap((county) => county.towns);
const PASSWORD = "Yellow-river-delta-77";

/** Every county and town of the city, and its audit records, to compare before and after a refused call. */
async function snapshot(cityId: number) {
  const [counties, towns, audits] = await Promise.all([
    db().county.findMany({ where: { cityId }, orderBy: { id: "asc" } }),
    db().town.findMany({ where: { county: { cityId } }, orderBy: { id: "asc" } }),
    db().auditLog.count({ where: { cityId } }),
  ]);
  return { counties, towns, audits };
}

const dataVersion = async (cityId: number) =>
  (await db().dataVersion.findUnique({ where: { cityId } }))?.version ?? 0n;

let admin: CitySessionUser;

beforeAll(async () => {
  const { user } = await createFirstAdmin(
    createFirstAdminSchema.parse({
      cityCode: "370500",
      loginName: "dongying.admin",
      displayName: "东营管理员",
      password: PASSWORD,
    }),
  );
  admin = await sessionUserFor(user.loginName);
});

describe("the first admin of an empty city (npm run admin:create)", () => {
  it("creates the city from the division list and an admin who signs in with the password given", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { code: "370500" } });
    expect(city).toMatchObject({ name: "东营市", nameEn: "Dongying", bureauName: "东营市教育局" });
    expect(admin).toMatchObject({ role: "ADMIN", cityId: city.id, mustChangePassword: false });
    const signIn = await authenticateWithPassword({
      loginName: "dongying.admin",
      password: PASSWORD,
      ip: null,
      userAgent: null,
    });
    expect(signIn.ok).toBe(true);
    const record = await db().auditLog.findFirstOrThrow({ where: { cityId: city.id, entity: "user" } });
    expect(record).toMatchObject({ actorId: null, actorLogin: COMMAND_LINE_ACTOR, action: "create" });
    expect(JSON.stringify(record.after)).not.toContain(PASSWORD);
  });

  it("refuses a second admin for the same city, a weak password and a city outside the list", async () => {
    await expect(
      createFirstAdmin({
        cityCode: "370500",
        loginName: "dongying.second",
        displayName: "二",
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "users.adminExists" });
    expect(await db().user.count({ where: { loginName: "dongying.second" } })).toBe(0);
    const weak = createFirstAdminSchema.safeParse({
      cityCode: "370300",
      loginName: "zibo.admin",
      displayName: "淄博",
      password: "Password123",
    });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues.map((issue) => issue.message)).toContain("passwordTooCommon");
    const containsLogin = createFirstAdminSchema.safeParse({
      cityCode: "370300",
      loginName: "zibo.admin",
      displayName: "淄博",
      password: "zibo.admin-Kq83-xw",
    });
    expect(containsLogin.error?.issues.map((issue) => issue.message)).toEqual(["passwordContainsLogin"]);
    await expect(
      createFirstAdmin({
        cityCode: "110100",
        loginName: "beijing.admin",
        displayName: "京",
        password: PASSWORD,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db().city.count({ where: { code: "110100" } })).toBe(0);
  });
});

describe("setting a city up from the division list", () => {
  it("refuses anyone but an admin or city staff, and changes nothing", async () => {
    const officer = await sessionUserFor("jinan.shanghe");
    const jinanBefore = await snapshot(officer.cityId);
    await expect(setUpCityDivisions(officer, { countyCodes: ["370102"] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    signInAs(officer);
    const state = await setUpCityDivisionsAction(IDLE, formData({ countyCodes: "370102" }));
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await snapshot(officer.cityId)).toEqual(jinanBefore);
  });

  it("refuses a county of another city, and changes nothing", async () => {
    const before = await snapshot(admin.cityId);
    signInAs(admin);
    const state = await setUpCityDivisionsAction(IDLE, formData({ countyCodes: ["370502", "371602"] }));
    expect(state).toMatchObject({ status: "error", messageKey: "divisions.notInCity" });
    expect(await snapshot(admin.cityId)).toEqual(before);
  });

  it("creates the chosen counties with their official towns, in one audited write", async () => {
    const before = await dataVersion(admin.cityId);
    signInAs(admin);
    const state = await setUpCityDivisionsAction(IDLE, formData({ countyCodes: "370502" }));
    const dongyingDistrict = DONGYING.counties.find((county) => county.code === "370502")!;
    expect(state).toMatchObject({
      status: "success",
      params: { counties: 1, towns: dongyingDistrict.towns.length },
    });
    const county = await db().county.findUniqueOrThrow({
      where: { code: "370502" },
      include: { towns: { orderBy: { code: "asc" } } },
    });
    expect(county).toMatchObject({
      cityId: admin.cityId,
      name: "东营区",
      nameEn: "Dongying District",
      kind: "DISTRICT",
    });
    expect(county.towns.map((town) => [town.code, town.name, town.kind])).toEqual(
      dongyingDistrict.towns.map((town) => [town.code, town.name, town.kind]),
    );
    const records = await db().auditLog.findMany({
      where: { cityId: admin.cityId, action: "set_up_from_divisions" },
    });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorId: admin.id, entity: "county" });
    expect(records[0]!.after).toMatchObject({ cityCode: "370500", counties: ["370502"] });
    expect(await dataVersion(admin.cityId)).toBe(before + 1n);
  });

  it("adds only what is missing when run again, and records nothing when nothing is missing", async () => {
    const all = DONGYING.counties.map((county) => county.code);
    const first = await setUpCityDivisions(admin, { countyCodes: all });
    expect(first).toEqual({
      countiesCreated: DONGYING.counties.length - 1,
      townsCreated: DONGYING_TOWNS.length - DONGYING.counties[0]!.towns.length,
    });
    const counties = await db().county.findMany({
      where: { cityId: admin.cityId },
      orderBy: { sortOrder: "asc" },
    });
    expect(counties.map((county) => [county.code, county.kind])).toEqual(
      DONGYING.counties.map((county) => [county.code, county.kind]),
    );
    expect(
      counties.filter((county) => county.kind === "FUNCTIONAL_ZONE").map((county) => county.name),
    ).toEqual(["东营经济技术开发区", "东营港经济开发区"]);
    const before = await snapshot(admin.cityId);
    expect(await setUpCityDivisions(admin, { countyCodes: all })).toEqual({
      countiesCreated: 0,
      townsCreated: 0,
    });
    expect(await snapshot(admin.cityId)).toEqual(before);
    expect(before.towns).toHaveLength(DONGYING_TOWNS.length);
  });

  it("sets up nothing for a city outside the list", async () => {
    const jinanAdmin = await sessionUserFor("jinan.admin");
    await db().city.update({ where: { id: jinanAdmin.cityId }, data: { code: "379900" } });
    try {
      await expect(setUpCityDivisions(jinanAdmin, { countyCodes: ["370102"] })).rejects.toMatchObject({
        code: "INVALID_STATE",
        messageKey: "divisions.cityNotListed",
      });
    } finally {
      await db().city.update({ where: { id: jinanAdmin.cityId }, data: { code: "370100" } });
    }
  });
});

describe("a functional zone added by hand", () => {
  const townsOf = (countyCode: string) =>
    db().town.findMany({ where: { county: { code: countyCode } }, orderBy: { code: "asc" } });

  it("takes over the towns it manages, audited, and a new setup run does not move them back", async () => {
    const [first, second] = await townsOf("370502");
    signInAs(admin);
    const state = await createFunctionalZoneAction(
      IDLE,
      formData({
        name: "东营高新区",
        nameEn: "Dongying High-tech Zone",
        code: "",
        townIds: [String(first!.id), String(second!.id)],
      }),
    );
    expect(state).toMatchObject({ status: "success", params: { name: "东营高新区" } });
    const zone = await db().county.findFirstOrThrow({
      where: { cityId: admin.cityId, name: "东营高新区" },
      include: { towns: { orderBy: { code: "asc" } } },
    });
    expect(zone).toMatchObject({ kind: "FUNCTIONAL_ZONE", code: null, nameEn: "Dongying High-tech Zone" });
    expect(zone.towns.map((town) => town.id)).toEqual([first!.id, second!.id]);
    const record = await db().auditLog.findFirstOrThrow({
      where: { entity: "county", entityId: String(zone.id) },
    });
    expect(record).toMatchObject({ action: "create", actorId: admin.id });
    expect(record.after).toMatchObject({
      towns: [
        { id: first!.id, fromCountyId: first!.countyId },
        { id: second!.id, fromCountyId: second!.countyId },
      ],
    });

    const all = DONGYING.counties.map((county) => county.code);
    expect(await setUpCityDivisions(admin, { countyCodes: all })).toEqual({
      countiesCreated: 0,
      townsCreated: 0,
    });
    expect((await db().town.findUniqueOrThrow({ where: { id: first!.id } })).countyId).toBe(zone.id);
  });

  it("without an English name shows the Chinese one, and refuses a name the city already has", async () => {
    const [town] = await townsOf("370503");
    const zone = await createFunctionalZone(admin, {
      name: "东营综合保税区",
      nameEn: "",
      townIds: [town!.id],
    });
    expect(zone.nameEn).toBe("东营综合保税区");
    const before = await snapshot(admin.cityId);
    await expect(
      createFunctionalZone(admin, { name: "东营区", nameEn: "", townIds: [] }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await snapshot(admin.cityId)).toEqual(before);
  });

  it("cannot take another city's towns or a town that has schools, and changes nothing", async () => {
    const jinanAdmin = await sessionUserFor("jinan.admin");
    const [dongyingTown] = await townsOf("370522");
    const before = await snapshot(admin.cityId);
    await expect(
      createFunctionalZone(jinanAdmin, { name: "越界功能区", nameEn: "", townIds: [dongyingTown!.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(admin.cityId)).toEqual(before);

    const jinanBefore = await snapshot(jinanAdmin.cityId);
    const school = await db().school.findFirstOrThrow({
      where: { cityId: jinanAdmin.cityId },
      select: { townId: true },
    });
    await expect(
      createFunctionalZone(jinanAdmin, { name: "济南新功能区", nameEn: "", townIds: [school.townId] }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "divisions.townHasSchools" });
    expect(await snapshot(jinanAdmin.cityId)).toEqual(jinanBefore);

    const officer = await sessionUserFor("jinan.shanghe");
    await expect(
      createFunctionalZone(officer, { name: "济南新功能区", nameEn: "", townIds: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
