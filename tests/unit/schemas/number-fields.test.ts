// Numbers mean what users typed (issue 22): one reading for every form, import and action — empty is empty (and
// refused where the schema requires a value), thousands separators are accepted, nothing but plain decimals is.
import { describe, expect, it } from "vitest";
import { requiredId } from "@/lib/schemas/common";
import { facilityValuesSchema, FACILITY_FIELD_NAMES, FACILITY_NUMBER_FIELDS } from "@/lib/schemas/facilities";
import { setTargetSchema, updateThresholdSchema } from "@/lib/schemas/indicators";
import { teacherValuesSchema } from "@/lib/schemas/teachers";

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? []);

const facility = (overrides: Record<string, string>) => ({
  schoolYear: "2026",
  ...Object.fromEntries(FACILITY_NUMBER_FIELDS.map((field) => [field, "0"])),
  ...overrides,
});

describe("the facility form", () => {
  it("refuses a blank number instead of saving 0", () => {
    expect(issuesOf(facilityValuesSchema.safeParse(facility({ books: "" })))).toEqual({ books: "required" });
  });

  it("takes 1,700,000 with its thousands separators", () => {
    const parsed = facilityValuesSchema.parse(facility({ equipmentValue: "1,700,000" }));
    expect(parsed.equipmentValue).toBe(1_700_000);
  });

  it("refuses 0x10 and 0b11 instead of reading 16 and 3", () => {
    expect(issuesOf(facilityValuesSchema.safeParse(facility({ books: "0x10", musicRooms: "0b11" })))).toEqual(
      {
        books: "notANumber",
        musicRooms: "notANumber",
      },
    );
  });

  it("has only number and flag fields, all read the same way", () => {
    expect(FACILITY_FIELD_NAMES.length).toBeGreaterThan(FACILITY_NUMBER_FIELDS.length);
  });
});

describe("targets and thresholds", () => {
  it("accept 15,000 as a target", () => {
    const parsed = setTargetSchema.parse({
      indicatorKey: "teachers_rotated",
      value: "15,000",
      deadlineYear: "2027",
    });
    expect(parsed.value).toBe(15_000);
  });

  it("refuse a blank target, and keep a blank threshold as not configured", () => {
    expect(
      issuesOf(
        setTargetSchema.safeParse({ indicatorKey: "teachers_rotated", value: " ", deadlineYear: "2027" }),
      ),
    ).toEqual({ value: "required" });
    const threshold = updateThresholdSchema.parse({
      id: "3",
      value: "",
      effectiveFrom: "2026-01-01",
      minClasses: "",
      maxClasses: "",
    });
    expect(threshold).toMatchObject({ value: null, minClasses: null, maxClasses: null });
  });

  it("refuse an exponent", () => {
    expect(
      issuesOf(
        setTargetSchema.safeParse({ indicatorKey: "teachers_rotated", value: "1e3", deadlineYear: "2027" }),
      ),
    ).toEqual({ value: "notANumber" });
  });
});

describe("teachers and ids", () => {
  it("refuse blank training hours instead of saving 0", () => {
    const result = teacherValuesSchema.safeParse({ trainingHours5y: "" });
    expect(issuesOf(result).trainingHours5y).toBe("required");
  });
  it("read ids as decimals only", () => {
    expect(requiredId.safeParse("0x10").success).toBe(false);
    expect(requiredId.parse(" 16 ")).toBe(16);
  });
});
