import { describe, expect, it } from "vitest";
import {
  ASSOCIATE_OR_ABOVE_DEGREES,
  COMPULSORY_LEVELS,
  COMPULSORY_TEACHER_LEVELS,
  URBAN_RURAL_RULE,
  hasBachelorOrAbove,
  isRuralLocation,
} from "@/lib/indicators/urban-rural";

describe("urban/rural grouping", () => {
  it("counts town areas and villages as rural, town seats included", () => {
    expect(isRuralLocation("TOWN_AREA")).toBe(true);
    expect(isRuralLocation("VILLAGE")).toBe(true);
    expect(isRuralLocation("URBAN")).toBe(false);
  });

  it("states the rule in both languages", () => {
    expect(URBAN_RURAL_RULE.zh).toContain("镇区");
    expect(URBAN_RURAL_RULE.zh).toContain("乡村");
    expect(URBAN_RURAL_RULE.en).toContain("town areas");
    expect(URBAN_RURAL_RULE.en).toContain("villages");
  });
});

describe("compulsory levels", () => {
  it("include every school with a primary or junior stage", () => {
    expect([...COMPULSORY_LEVELS].sort()).toEqual(
      ["COMPLETE_SECONDARY", "JUNIOR", "NINE_YEAR", "PRIMARY", "TWELVE_YEAR"].sort(),
    );
  });

  it("count teachers only of schools that teach nothing but compulsory stages", () => {
    expect([...COMPULSORY_TEACHER_LEVELS].sort()).toEqual(["JUNIOR", "NINE_YEAR", "PRIMARY"]);
  });
});

describe("degrees", () => {
  it("counts postgraduate and bachelor degrees as bachelor or higher", () => {
    expect(hasBachelorOrAbove("POSTGRADUATE")).toBe(true);
    expect(hasBachelorOrAbove("BACHELOR")).toBe(true);
    expect(hasBachelorOrAbove("ASSOCIATE")).toBe(false);
    expect(hasBachelorOrAbove("HIGH_SCHOOL_OR_BELOW")).toBe(false);
  });

  it("counts associate degrees as associate or higher, high school not", () => {
    expect(ASSOCIATE_OR_ABOVE_DEGREES).toContain("ASSOCIATE");
    expect(ASSOCIATE_OR_ABOVE_DEGREES).not.toContain("HIGH_SCHOOL_OR_BELOW");
  });
});
