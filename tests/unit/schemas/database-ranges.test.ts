// Values a form can send but the database cannot hold are refused by the schemas as field errors (issue 22: they
// reached PostgreSQL and answered HTTP 500).
import { describe, expect, it } from "vitest";
import { optionalId, requiredId } from "@/lib/schemas/common";
import { createFunctionalZoneSchema } from "@/lib/schemas/divisions";
import { setTargetSchema, updateThresholdSchema } from "@/lib/schemas/indicators";
import { rotateTeacherSchema } from "@/lib/schemas/teachers";
import { updateUserSchema } from "@/lib/schemas/users";
import { reopenSubmissionSchema } from "@/lib/schemas/submissions";
import { schoolTableQuerySchema } from "@/lib/schemas/dashboard";
import { teacherListFilterSchema } from "@/lib/schemas/teachers";
import { userListFilterSchema } from "@/lib/schemas/users";

const messagesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("ids and versions", () => {
  it("refuse a number beyond a database key's range, and accept the largest key", () => {
    expect(requiredId.safeParse("2147483648").success).toBe(false);
    expect(optionalId.safeParse("9007199254740993").success).toBe(false);
    expect(requiredId.safeParse("2147483647").data).toBe(2_147_483_647);
  });

  it("refuse a submission version beyond the column's range", () => {
    const reopen = { submissionId: "1", version: "2147483648", reason: "更正" };
    expect(messagesOf(reopenSubmissionSchema.safeParse(reopen))).toEqual(["version: invalid"]);
  });
});

describe("typed text", () => {
  const user = { id: "1", role: "LEADER" };

  it.each([
    ["NUL", "王\u0000老师"],
    ["a control character", "王\u0007老师"],
    ["a lone surrogate", "王\ud800老师"],
  ])("refuses %s", (_what, displayName) => {
    expect(messagesOf(updateUserSchema.safeParse({ ...user, displayName }))).toEqual([
      "displayName: controlCharacters",
    ]);
  });

  it("keeps line breaks, tabs and characters outside the basic plane", () => {
    expect(updateUserSchema.safeParse({ ...user, displayName: "𠮷\t野" }).success).toBe(true);
    const rotation = { id: "1", toSchoolId: "2", startedOn: "2025-09-01", note: "第一行\n第二行" };
    expect(rotateTeacherSchema.safeParse(rotation).data?.note).toBe("第一行\n第二行");
  });

  it("is checked in every schema of names and notes", () => {
    const zone = { name: "功能区\u0000", nameEn: "", code: "", townIds: "1" };
    expect(messagesOf(createFunctionalZoneSchema.safeParse(zone))).toContain("name: controlCharacters");
  });
});

describe("decimal values", () => {
  it("refuse a target beyond Decimal(18, 4)", () => {
    const target = {
      indicatorKey: "rural_schools_in_groups_share",
      value: "1000000000000000",
      deadlineYear: "2030",
    };
    expect(messagesOf(setTargetSchema.safeParse(target))).toEqual(["value: tooLarge"]);
    expect(setTargetSchema.safeParse({ ...target, value: "99999999999999" }).success).toBe(true);
  });

  it("refuse a threshold beyond Decimal(18, 4)", () => {
    const threshold = {
      id: "1",
      value: "1,000,000,000,000,000",
      effectiveFrom: "2026-01-01",
      minClasses: "",
      maxClasses: "",
    };
    expect(messagesOf(updateThresholdSchema.safeParse(threshold))).toEqual(["value: tooLarge"]);
  });
});

describe("list query strings", () => {
  it("ignore a town or page beyond the database's range, as any other bad value", () => {
    const query = schoolTableQuerySchema.parse({ town: "2147483648", page: "1e300", sort: "town" });
    expect(query).toMatchObject({ town: undefined, page: 1 });
  });

  it("ignore a search with a control character, which the database cannot compare", () => {
    expect(schoolTableQuerySchema.parse({ q: "一中\u0000", sort: "town" }).q).toBeUndefined();
    expect(teacherListFilterSchema.parse({ q: "王\u0000" }).q).toBeUndefined();
    expect(userListFilterSchema.parse({ q: "\ud800" }).q).toBeUndefined();
  });
});
