import { describe, expect, it } from "vitest";
import { overviewPathFor, landingPathFor } from "@/lib/auth/landing";
import {
  bindsTo,
  cityRowsWhere,
  cityScopeWhere,
  countyScopeWhere,
  groupScopeWhere,
  ownCityId,
  problemScopeWhere,
  projectScopeWhere,
  schoolScopeWhere,
  scopeBounds,
  scopeOf,
  submissionScopeWhere,
  teacherScopeWhere,
  type ScopedUser,
  viewerOf,
} from "@/lib/auth/scope";

const user = (partial: Partial<ScopedUser> & Pick<ScopedUser, "role">): ScopedUser => ({
  id: 1,
  provinceId: null,
  cityId: 7,
  countyId: null,
  schoolId: null,
  ...partial,
});
const NOTHING = { id: { in: [] } };

describe("scope of each role", () => {
  it("binds each role to its levels: city roles to the city, leaders to the city or a county, officers to a county, principals to a school", () => {
    const levels = (role: ScopedUser["role"]) =>
      (["city", "county", "school"] as const).filter((level) => bindsTo(role, level));
    expect(levels("ADMIN")).toEqual(["city"]);
    expect(levels("CITY_STAFF")).toEqual(["city"]);
    expect(levels("LEADER")).toEqual(["city", "county"]);
    expect(levels("COUNTY_OFFICER")).toEqual(["county"]);
    expect(levels("SCHOOL_PRINCIPAL")).toEqual(["school"]);
  });

  it("ignores a binding the role does not have", () => {
    expect(scopeOf(user({ role: "CITY_STAFF", countyId: 31 }))).toEqual({ level: "city", cityId: 7 });
    expect(scopeOf(user({ role: "COUNTY_OFFICER", countyId: 31, schoolId: 455 }))).toEqual({
      level: "county",
      cityId: 7,
      countyId: 31,
    });
  });

  it("gives city-wide roles their city", () => {
    for (const role of ["ADMIN", "CITY_STAFF", "LEADER"] as const) {
      expect(scopeOf(user({ role }))).toEqual({ level: "city", cityId: 7 });
      expect(schoolScopeWhere(user({ role }))).toEqual({ cityId: 7 });
      expect(countyScopeWhere(user({ role }))).toEqual({ cityId: 7 });
      expect(projectScopeWhere(user({ role }))).toEqual({ county: { cityId: 7 } });
    }
  });

  it("narrows county officers and county leaders to their county", () => {
    for (const role of ["COUNTY_OFFICER", "LEADER"] as const) {
      const officer = user({ role, countyId: 31 });
      expect(scopeOf(officer)).toEqual({ level: "county", cityId: 7, countyId: 31 });
      expect(schoolScopeWhere(officer)).toEqual({ countyId: 31 });
      expect(countyScopeWhere(officer)).toEqual({ id: 31 });
      expect(submissionScopeWhere(officer)).toEqual({ county: { id: 31 } });
      expect(projectScopeWhere(officer)).toEqual({ county: { id: 31 } });
    }
  });

  it("narrows a principal to the school and hides the county's other figures", () => {
    const principal = user({ role: "SCHOOL_PRINCIPAL", countyId: 31, schoolId: 455 });
    expect(schoolScopeWhere(principal)).toEqual({ id: 455 });
    expect(teacherScopeWhere(principal)).toEqual({ school: { id: 455 } });
    expect(countyScopeWhere(principal)).toEqual(NOTHING);
    expect(submissionScopeWhere(principal)).toEqual({ county: NOTHING });
    expect(projectScopeWhere(principal)).toEqual({ county: NOTHING });
    expect(scopeBounds(principal)).toEqual({ cityId: 7, countyId: 31, schoolId: 455 });
  });

  it("denies everything when a binding is missing", () => {
    expect(scopeOf(user({ role: "COUNTY_OFFICER" }))).toBeNull();
    expect(schoolScopeWhere(user({ role: "COUNTY_OFFICER" }))).toEqual(NOTHING);
    expect(schoolScopeWhere(user({ role: "SCHOOL_PRINCIPAL", countyId: 3 }))).toEqual(NOTHING);
    expect(scopeBounds(user({ role: "SCHOOL_PRINCIPAL" }))).toBeNull();
  });
});

describe("province roles (docs/decisions/0038)", () => {
  const province = (role: "PROVINCE_STAFF" | "PROVINCE_LEADER", cityId: number | null = null) =>
    user({ role, provinceId: 37, cityId });

  it("see the province's cities, and none of a city's own rows across cities", () => {
    for (const role of ["PROVINCE_STAFF", "PROVINCE_LEADER"] as const) {
      expect(scopeOf(province(role))).toEqual({ level: "province", provinceId: 37 });
      expect(cityScopeWhere(province(role))).toEqual({ provinceId: 37 });
      expect(countyScopeWhere(province(role))).toEqual(NOTHING);
      expect(schoolScopeWhere(province(role))).toEqual(NOTHING);
      expect(problemScopeWhere(province(role))).toEqual(NOTHING);
      expect(groupScopeWhere(province(role))).toEqual(NOTHING);
    }
  });

  it("see one city as its city users do when viewing it, and nothing of a city's own rows otherwise", () => {
    const view = province("PROVINCE_LEADER", 9);
    expect(scopeOf(view)).toEqual({ level: "city", cityId: 9 });
    expect(countyScopeWhere(view)).toEqual({ cityId: 9 });
    const own = province("PROVINCE_STAFF");
    // Security: no city means none of the rows of a city (accounts, audit), never the rows whose city is null.
    expect(cityRowsWhere(own)).toEqual(NOTHING);
    expect(scopeBounds(own)).toBeNull();
    expect(() => ownCityId(own)).toThrow();
  });

  it("deny without a province; city roles never get a province scope", () => {
    expect(scopeOf(user({ role: "PROVINCE_STAFF", cityId: null }))).toBeNull();
    expect(scopeOf(user({ role: "CITY_STAFF", cityId: null, provinceId: 37 }))).toBeNull();
    expect(cityScopeWhere(user({ role: "CITY_STAFF" }))).toEqual({ id: 7 });
  });
});

describe("viewers", () => {
  it("are the same for two users of one role and scope, and differ by role, city or county", () => {
    // The key of shared dashboard sections (docs/decisions/0017): who the user is must not be in it.
    const staff = { ...user({ role: "CITY_STAFF" }), loginName: "jinan.staff", sessionId: "s1" };
    const otherStaff = { ...user({ role: "CITY_STAFF", id: 2 }), loginName: "jinan.staff2", sessionId: "s2" };
    expect(viewerOf(staff)).toEqual(viewerOf(otherStaff));
    expect(viewerOf(staff)).toEqual({
      role: "CITY_STAFF",
      provinceId: null,
      cityId: 7,
      countyId: null,
      schoolId: null,
    });
    expect(viewerOf(user({ role: "LEADER" }))).not.toEqual(viewerOf(staff));
    expect(viewerOf(user({ role: "CITY_STAFF", cityId: 8 }))).not.toEqual(viewerOf(staff));
    expect(viewerOf(user({ role: "COUNTY_OFFICER", countyId: 3 }))).not.toEqual(
      viewerOf(user({ role: "COUNTY_OFFICER", countyId: 4 })),
    );
  });
});

describe("start pages", () => {
  it("sends each role to its page", () => {
    expect(landingPathFor(user({ role: "ADMIN" }))).toBe("/admin/users");
    expect(landingPathFor(user({ role: "CITY_STAFF" }))).toBe("/city");
    expect(landingPathFor(user({ role: "LEADER" }))).toBe("/city");
    expect(landingPathFor(user({ role: "LEADER", countyId: 4 }))).toBe("/counties/4");
    expect(landingPathFor(user({ role: "COUNTY_OFFICER", countyId: 4 }))).toBe("/counties/4");
    expect(landingPathFor(user({ role: "SCHOOL_PRINCIPAL", countyId: 4, schoolId: 9 }))).toBe("/schools/9");
    expect(overviewPathFor(user({ role: "ADMIN" }))).toBe("/city");
    expect(landingPathFor(user({ role: "PROVINCE_STAFF", provinceId: 37, cityId: null }))).toBe("/province");
    expect(landingPathFor(user({ role: "PROVINCE_LEADER", provinceId: 37, cityId: null }))).toBe("/province");
  });
});
