// The split form's schema (issue 20, decision 0035): the city target, the method and one `part.<county id>` per county.
import { describe, expect, it } from "vitest";
import { splitTargetSchema } from "@/lib/schemas/indicators";

const base = { indicatorKey: "rural_featured_courses", deadlineYear: "2030" };
const issuesOf = (input: Record<string, string>) =>
  splitTargetSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("splitTargetSchema", () => {
  it("reads the parts with thousands separators, a blank one as no part", () => {
    expect(
      splitTargetSchema.parse({
        ...base,
        method: "manual",
        "part.12": "1,500",
        "part.13": "",
        note: " 分解 ",
      }),
    ).toEqual({
      indicatorKey: "rural_featured_courses",
      deadlineYear: 2030,
      method: "manual",
      note: "分解",
      parts: [{ countyId: 12, value: 1500 }],
    });
    expect(splitTargetSchema.parse({ ...base, method: "enrolment" })).toMatchObject({
      method: "enrolment",
      parts: [],
    });
  });

  it("names what is wrong: a negative part, no part by hand, an unknown method or field, a year out of range", () => {
    expect(issuesOf({ ...base, method: "manual", "part.12": "-1" })).toEqual([["part.12", "notNegative"]]);
    expect(issuesOf({ ...base, method: "manual" })).toEqual([["method", "splitPartsRequired"]]);
    expect(issuesOf({ ...base, method: "area" })).toEqual([["method", "invalid"]]);
    expect(issuesOf({ ...base, method: "schools", "part.x": "1" })?.length).toBeGreaterThan(0);
    expect(issuesOf({ ...base, method: "schools", other: "1" })?.length).toBeGreaterThan(0);
    expect(issuesOf({ ...base, method: "schools", deadlineYear: "2019" })).toEqual([
      ["deadlineYear", "yearRange"],
    ]);
  });
});
