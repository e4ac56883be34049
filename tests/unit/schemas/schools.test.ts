import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/action-state";
import { closeSchoolSchema, schoolFieldsSchema, schoolListQuerySchema } from "@/lib/schemas/schools";

const SCHOOL = {
  code: "3701260001",
  name: "商河县玉皇庙镇中心小学",
  townId: "12",
  level: "PRIMARY",
  ownership: "PUBLIC",
  urbanRuralCode: "121",
  isTownSeat: "on",
};

/** The message keys of each field's errors. */
function errorsOf(input: unknown): Record<string, string[]> {
  const parsed = schoolFieldsSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsOf(parsed.error)).map(([field, errors]) => [field, errors.map((e) => e.key)]),
  );
}

describe("school form schema", () => {
  it("reads a form: ids as numbers, ticked boxes as true and absent ones as false", () => {
    expect(schoolFieldsSchema.parse(SCHOOL)).toEqual({
      code: "3701260001",
      name: "商河县玉皇庙镇中心小学",
      townId: 12,
      level: "PRIMARY",
      ownership: "PUBLIC",
      urbanRuralCode: "121",
      isTownSeat: true,
      isTownCentralKindergarten: false,
      isBoarding: false,
    });
    expect(schoolFieldsSchema.parse({ ...SCHOOL, isBoarding: "on" }).isBoarding).toBe(true);
  });

  it.each(["370126000", "37012600011", "37012600a1", ""])("refuses the school ID %j", (code) => {
    expect(errorsOf({ ...SCHOOL, code })).toEqual({ code: ["schoolCode"] });
  });

  it.each(["100", "113", "230", ""])("refuses the urban-rural code %j", (urbanRuralCode) => {
    expect(Object.keys(errorsOf({ ...SCHOOL, urbanRuralCode, isTownSeat: undefined }))).toEqual([
      "urbanRuralCode",
    ]);
  });

  it("refuses a name with a control character", () => {
    expect(errorsOf({ ...SCHOOL, name: "商河\u0007小学" })).toEqual({ name: ["controlCharacters"] });
  });

  it("refuses a town-seat school outside a town area", () => {
    expect(errorsOf({ ...SCHOOL, urbanRuralCode: "220" })).toEqual({
      isTownSeat: ["townSeatNotTownArea"],
    });
    expect(errorsOf({ ...SCHOOL, urbanRuralCode: "123" })).toEqual({});
  });

  it("allows the town central kindergarten flag on kindergartens only", () => {
    expect(errorsOf({ ...SCHOOL, isTownCentralKindergarten: "on" })).toEqual({
      isTownCentralKindergarten: ["centralKindergartenLevel"],
    });
    expect(errorsOf({ ...SCHOOL, level: "KINDERGARTEN", isTownCentralKindergarten: "on" })).toEqual({});
  });
});

describe("school register query", () => {
  it("falls back to no filter, the town order and page 1 on bad values", () => {
    expect(
      schoolListQuerySchema.parse({
        q: "  ",
        county: "x",
        level: "UNIVERSITY",
        location: "SUBURB",
        townSeat: "maybe",
        status: "gone",
        sort: "size",
        page: "-2",
      }),
    ).toEqual({ sort: "town", page: 1 });
  });

  it("ignores ids and pages beyond the database's range and a search with a control character", () => {
    expect(
      schoolListQuerySchema.parse({
        q: "一中\u0000",
        county: "2147483648",
        town: "1e300",
        page: "2147483648",
      }),
    ).toEqual({ sort: "town", page: 1 });
  });

  it("keeps valid filters", () => {
    expect(
      schoolListQuerySchema.parse({ q: "3701", town: "4", location: "VILLAGE", status: "closed", page: "3" }),
    ).toEqual({ q: "3701", town: 4, location: "VILLAGE", status: "closed", sort: "town", page: 3 });
  });
});

describe("closing a school", () => {
  it("needs a day and takes an optional school merged into", () => {
    expect(closeSchoolSchema.parse({ id: "5", closedOn: "2026-08-31", mergedIntoId: "" })).toEqual({
      id: 5,
      closedOn: new Date("2026-08-31T00:00:00Z"),
      mergedIntoId: undefined,
    });
    expect(closeSchoolSchema.safeParse({ id: "5", closedOn: "" }).success).toBe(false);
  });
});
