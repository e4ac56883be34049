// The province above the cities (docs/decisions/0038): a province user sees every city of its province and nothing
// of another province; a city user never sees another city, whatever code is forged; an account belongs to one place.
import { beforeAll, describe, expect, it } from "vitest";
import { getCityView } from "@/lib/data/geography/get-city-view";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { ruralGroupShareSql } from "../support/independent-figures";
import { provinceSessionUserFor, sessionUserFor, type CitySessionUser } from "../support/session-user";

const GROUP_SHARE = "rural_schools_in_groups_share";

let leader: SessionUser;
let provinceStaff: SessionUser;
let jinanStaff: CitySessionUser;
let officer: CitySessionUser;
let shandongCities: { id: number; code: string }[];

const cityCode = async (name: string) =>
  (await db().city.findFirstOrThrow({ where: { name }, select: { code: true } })).code;

beforeAll(async () => {
  leader = await provinceSessionUserFor("shandong.leader");
  provinceStaff = await provinceSessionUserFor("shandong.staff");
  jinanStaff = await sessionUserFor("jinan.staff");
  officer = await sessionUserFor("jinan.shanghe");
  shandongCities = await db().city.findMany({
    where: { province: { code: "370000" } },
    orderBy: { code: "asc" },
    select: { id: true, code: true },
  });
});

describe("the province model", () => {
  it("attaches every city to 山东省, and its accounts to the province with no city", async () => {
    const shandong = await db().province.findUniqueOrThrow({ where: { code: "370000" } });
    expect(await db().city.count({ where: { provinceId: shandong.id } })).toBe(await db().city.count());
    expect(shandongCities.length).toBeGreaterThan(1);
    expect(shandongCities.every((city) => city.code.startsWith("37"))).toBe(true);
    expect(leader).toMatchObject({ role: "PROVINCE_LEADER", cityId: null, countyId: null, schoolId: null });
    expect(provinceStaff).toMatchObject({ role: "PROVINCE_STAFF", cityId: null });
  });

  it("refuses an account in two places or in none (the database's own check)", async () => {
    const provinceId = leader.provinceId!;
    const base = { displayName: "检查", passwordHash: "x" };
    await expect(
      db().user.create({
        data: {
          ...base,
          loginName: "check.a",
          role: "PROVINCE_STAFF",
          provinceId,
          cityId: jinanStaff.cityId,
        },
      }),
    ).rejects.toThrow();
    await expect(
      db().user.create({ data: { ...base, loginName: "check.b", role: "CITY_STAFF", cityId: null } }),
    ).rejects.toThrow();
    await expect(
      db().user.create({
        data: { ...base, loginName: "check.c", role: "LEADER", provinceId, cityId: jinanStaff.cityId },
      }),
    ).rejects.toThrow();
  });
});

describe("a province user", () => {
  it("sees every city of its province on the province dashboard, each with its own figures", async () => {
    const overview = (await getProvinceOverview(leader))!;
    expect(overview.province.name).toBe("山东省");
    expect(overview.children.map((city) => city.code)).toEqual(shandongCities.map((city) => city.code));
    // Each city's figure is the one its own dashboard shows, and the database's own count agrees.
    for (const city of overview.children) {
      const rows = await db().$queryRawUnsafe<{ share: number }[]>(ruralGroupShareSql("city_id"), city.id);
      const row = city.rows.find((item) => item.definition.key === GROUP_SHARE)!;
      expect(row.value?.result).toMatchObject({ computable: true });
      expect(row.value!.result.computable && row.value!.result.value).toBeCloseTo(rows[0]!.share, 6);
    }
  });

  it("rolls a share up as the mean of its cities' and a count as their sum", async () => {
    const overview = (await getProvinceOverview(provinceStaff))!;
    const valueIn = (rows: typeof overview.rows, key: string) => {
      const result = rows.find((row) => row.definition.key === key)?.value?.result;
      return result?.computable ? result.value : null;
    };
    const cityShares = overview.children.map((city) => valueIn(city.rows, GROUP_SHARE)!);
    expect(valueIn(overview.rows, GROUP_SHARE)).toBeCloseTo(
      cityShares.reduce((sum, value) => sum + value, 0) / cityShares.length,
      9,
    );
    const count = overview.definitions.find(
      (definition) =>
        definition.cityRollUp === "SUM" &&
        overview.children.every((city) => valueIn(city.rows, definition.key) !== null),
    );
    expect(count, "a count every city has this quarter").toBeDefined();
    const row = overview.rows.find((item) => item.definition.key === count!.key)!;
    const cityQuarter = overview.children.map((city) =>
      city.rows.find((item) => item.definition.key === count!.key)!.history.at(-1)!,
    );
    // Summed over the cities of one quarter, and judged against no city-sized target.
    expect(row.value!.result.computable && row.value!.result.value).toBeCloseTo(
      cityQuarter
        .filter(
          (point) => point.year === row.value!.quarter.year && point.quarter === row.value!.quarter.quarter,
        )
        .reduce((sum, point) => sum + point.value, 0),
      6,
    );
    expect(row.target).toBeNull();
  });

  it("opens each city of its province read-only, as that city's dashboard shows it", async () => {
    for (const city of shandongCities) {
      const view = (await getCityView(leader, city.code))!;
      expect(view).toMatchObject({ role: "PROVINCE_LEADER", cityId: city.id, countyId: null });
      const overview = (await getIndicatorOverview(view, null))!;
      expect(overview.org).toMatchObject({ level: "city", id: city.id });
    }
    // Without a city named there is nothing to open.
    expect(await getCityView(leader, undefined)).toBeNull();
  });

  it("sees nothing of a city of another province, nor a made-up code", async () => {
    const jiangsu = await db().province.create({
      data: { code: "320000", name: "江苏省", nameEn: "Jiangsu" },
    });
    await db().city.create({
      data: {
        code: "320100",
        name: "南京市",
        nameEn: "Nanjing",
        bureauName: "南京市教育局",
        provinceId: jiangsu.id,
      },
    });
    expect(await getCityView(leader, "320100")).toBeNull();
    expect(await getCityView(leader, "379900")).toBeNull();
    expect(await getCityView(leader, "37010' OR '1'='1")).toBeNull();
    const overview = (await getProvinceOverview(leader))!;
    expect(overview.children.map((city) => city.code)).not.toContain("320100");
  });
});

describe("a city user", () => {
  it("sees its own city and never another, whatever city code it forges", async () => {
    expect(await getCityView(jinanStaff, undefined)).toBe(jinanStaff);
    expect(await getCityView(jinanStaff, await cityCode("济南市"))).toBe(jinanStaff);
    for (const name of ["潍坊市", "滨州市"])
      expect(await getCityView(jinanStaff, await cityCode(name))).toBeNull();
    expect(await getProvinceOverview(jinanStaff)).toBeNull();
  });

  it("as a county officer, has no city view and no province overview", async () => {
    expect(await getCityView(officer, await cityCode("济南市"))).toBeNull();
    expect(await getProvinceOverview(officer)).toBeNull();
  });
});
