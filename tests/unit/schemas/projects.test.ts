import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/action-state";
import {
  moneyCents,
  projectListQuerySchema,
  projectPlanSchema,
  projectProgressSchema,
} from "@/lib/schemas/projects";
import { addDays, businessDay, isoDay } from "@/lib/utils/periods";

const PLAN = {
  name: "商河县玉皇庙镇中心小学运动场改造",
  category: "RENOVATION",
  schoolId: "",
  budget: "1,200,000.50",
  plannedStart: "2026-03-01",
  plannedFinish: "2026-09-30",
  newPlaces: "0",
};
const UPDATE = {
  id: "7",
  version: "3",
  status: "IN_PROGRESS",
  progress: "40",
  fundsReceived: "600000",
  spent: "480000.25",
  actualStart: "2026-03-10",
  actualFinish: "",
  note: "主体完工，进入塑胶面层施工。",
};

/** The message keys of each field's errors. */
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsOf(parsed.error)).map(([field, errors]) => [field, errors.map((e) => e.key)]),
  );
}

describe("project plan schema", () => {
  it("reads a form: amounts exact as text without separators, no school", () => {
    expect(projectPlanSchema.parse(PLAN)).toEqual({
      name: PLAN.name,
      category: "RENOVATION",
      schoolId: undefined,
      budget: "1200000.50",
      plannedStart: new Date("2026-03-01T00:00:00Z"),
      plannedFinish: new Date("2026-09-30T00:00:00Z"),
      newPlaces: 0,
    });
  });

  it("refuses a finish before the start, and amounts a Decimal(16, 2) cannot hold", () => {
    expect(errorsOf(projectPlanSchema, { ...PLAN, plannedFinish: "2026-02-28" })).toEqual({
      plannedFinish: ["finishBeforeStart"],
    });
    for (const budget of ["", "-1", "12.345", "123456789012345", "1e6", "0x10", "1,00", "一百万"])
      expect([budget, errorsOf(projectPlanSchema, { ...PLAN, budget })]).toEqual([
        budget,
        { budget: ["money"] },
      ]);
    expect(projectPlanSchema.parse({ ...PLAN, budget: "99999999999999.99" }).budget).toBe(
      "99999999999999.99",
    );
  });
});

describe("progress update schema (decision 0021)", () => {
  it("accepts an update under way and keeps the note", () => {
    expect(projectProgressSchema.parse(UPDATE)).toMatchObject({
      id: 7,
      version: 3,
      progress: 40,
      spent: "480000.25",
      actualStart: new Date("2026-03-10T00:00:00Z"),
      actualFinish: undefined,
      note: UPDATE.note,
    });
  });

  it("keeps spending within the funds received, to the fen, while both may exceed the budget", () => {
    expect(errorsOf(projectProgressSchema, { ...UPDATE, spent: "600000.01" })).toEqual({
      spent: ["spentOverFunds"],
    });
    expect(errorsOf(projectProgressSchema, { ...UPDATE, spent: "600000.00" })).toEqual({});
    expect(moneyCents("600000.1")).toBe(60000010n);
    expect(moneyCents("99999999999999.99")).toBe(9999999999999999n);
  });

  it("requires both actual days and 100% of a completed project, the finish not before the start", () => {
    expect(errorsOf(projectProgressSchema, { ...UPDATE, status: "COMPLETED" })).toEqual({
      actualFinish: ["finishRequired"],
      progress: ["completedProgress"],
    });
    expect(
      errorsOf(projectProgressSchema, {
        ...UPDATE,
        status: "COMPLETED",
        progress: "100",
        actualFinish: "2026-03-09",
      }),
    ).toEqual({ actualFinish: ["actualFinishBeforeStart"] });
  });

  it("gives a planned project no actual days and no progress, and one under way a start and no finish", () => {
    expect(errorsOf(projectProgressSchema, { ...UPDATE, status: "PLANNED" })).toEqual({
      actualStart: ["notStartedHasNoStart"],
      progress: ["notStartedHasNoProgress"],
    });
    expect(
      errorsOf(projectProgressSchema, { ...UPDATE, actualStart: "", actualFinish: "2026-05-01" }),
    ).toEqual({ actualStart: ["startRequired"], actualFinish: ["finishOnlyWhenCompleted"] });
  });

  it("refuses an actual day after today, a progress outside 0–100, cancelling and an empty note", () => {
    const tomorrow = isoDay(addDays(businessDay(new Date()), 1));
    expect(errorsOf(projectProgressSchema, { ...UPDATE, actualStart: tomorrow })).toEqual({
      actualStart: ["dayInFuture"],
    });
    expect(errorsOf(projectProgressSchema, { ...UPDATE, progress: "101" })).toEqual({
      progress: ["percent"],
    });
    expect(errorsOf(projectProgressSchema, { ...UPDATE, status: "CANCELLED", note: "  " })).toMatchObject({
      status: expect.any(Array),
      note: ["required"],
    });
  });
});

describe("project list query", () => {
  it("falls back to no filter, the finish order and page 1 on bad values", () => {
    expect(
      projectListQuerySchema.parse({ status: "LATE", overdue: "no", sort: "cost", page: "0", county: "x" }),
    ).toEqual({ sort: "finish", page: 1 });
    expect(projectListQuerySchema.parse({ overdue: "yes", category: "IT" })).toMatchObject({
      overdue: "yes",
      category: "IT",
    });
  });
});
