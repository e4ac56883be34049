import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/action-state";
import { outlierOf, submissionFormSchema, type ReportedField } from "@/lib/schemas/submissions";
import { daysToDeadline, isAfterDeadline } from "@/lib/utils/reporting-periods";

const field = (key: string, overrides: Partial<ReportedField> = {}): ReportedField => ({
  key,
  valueType: "COUNT",
  isCumulative: false,
  baseline: null,
  history: null,
  ...overrides,
});
const RULES = { outlierFactor: 3 };

describe("outliers", () => {
  it("flags a change of more than the factor either way against the baseline", () => {
    const planned = field("projects_planned", { baseline: 10 });
    expect(outlierOf(planned, 30, RULES)).toBeNull(); // exactly 3×
    expect(outlierOf(planned, 31, RULES)).toEqual({ kind: "change", factor: 3, baseline: 10 });
    expect(outlierOf(planned, 3.3, RULES)).toEqual({ kind: "change", factor: 3, baseline: 10 }); // < 10 / 3
    expect(outlierOf(planned, 3.3, { outlierFactor: 5 })).toBeNull();
  });

  it("flags a point-in-time value outside the county's history, but not a cumulative one", () => {
    // 4–9 widened by its span of 5: -1 to 14 passes.
    const history = { min: 4, max: 9 };
    expect(outlierOf(field("a", { history }), 14, RULES)).toBeNull();
    expect(outlierOf(field("a", { history }), 15, RULES)).toEqual({ kind: "history", min: 4, max: 9 });
    expect(outlierOf(field("a", { history, isCumulative: true }), 15, RULES)).toBeNull();
    // A figure that never moved must explain any change.
    expect(outlierOf(field("a", { history: { min: 0, max: 0 } }), 1, RULES)).toEqual({
      kind: "history",
      min: 0,
      max: 0,
    });
  });
});

describe("the form schema", () => {
  const fields = [
    field("projects_planned"),
    field("projects_started"),
    field("investment_budgeted", { valueType: "AMOUNT" }),
    field("investment_completed", { valueType: "AMOUNT" }),
    field("share", { valueType: "PERCENT" }),
  ];
  const schema = submissionFormSchema(fields, RULES);
  const base = { submissionId: "7", version: "2" };
  const errorsOf = (input: Record<string, string>) => {
    const parsed = schema.safeParse({ ...base, ...input });
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  };

  it("accepts a partial draft and returns numbers and notes (empty means none)", () => {
    const parsed = schema.parse({
      ...base,
      intent: "draft",
      "values.projects_planned": "1,200",
      "notes.share": "",
    });
    expect(parsed).toEqual({
      submissionId: 7,
      version: 2,
      intent: "draft",
      entries: {
        projects_planned: { value: 1200, note: null },
        projects_started: { value: null, note: null },
        investment_budgeted: { value: null, note: null },
        investment_completed: { value: null, note: null },
        share: { value: null, note: null },
      },
    });
  });

  it("reads values as plain decimals: full-width digits and separators yes, 0x10 and 1e3 no (issue 22)", () => {
    const parsed = schema.parse({ ...base, intent: "draft", "values.projects_planned": "１，２００" });
    expect(parsed.entries.projects_planned!.value).toBe(1200);
    expect(errorsOf({ intent: "draft", "values.projects_planned": "0x10", "values.share": "1e1" })).toEqual({
      "values.projects_planned": [{ key: "submissions.notNumber", params: {} }],
      "values.share": [{ key: "submissions.notNumber", params: {} }],
    });
  });

  it("requires every value at submit", () => {
    expect(Object.keys(errorsOf({ intent: "submit", "values.projects_planned": "1" })).sort()).toEqual([
      "values.investment_budgeted",
      "values.investment_completed",
      "values.projects_started",
      "values.share",
    ]);
  });

  it("checks ranges and cross-field rules, with spending over budget allowed when explained", () => {
    expect(errorsOf({ intent: "draft", "values.share": "100.5" })["values.share"]).toEqual([
      { key: "submissions.percentRange", params: { min: 0, max: 100 } },
    ]);
    expect(
      errorsOf({ intent: "draft", "values.projects_planned": "2", "values.projects_started": "3" })[
        "values.projects_started"
      ],
    ).toEqual([{ key: "submissions.startedOverPlanned", params: {} }]);
    const overBudget = {
      intent: "draft",
      "values.investment_budgeted": "100",
      "values.investment_completed": "120",
    };
    expect(errorsOf(overBudget)["values.investment_completed"]?.[0]?.key).toBe("submissions.spentOverBudget");
    expect(errorsOf({ ...overBudget, "notes.investment_completed": "追加投资" })).toEqual({});
  });
});

describe("deadlines", () => {
  const deadline = new Date("2026-12-25T00:00:00Z");
  it("counts the whole deadline day in Beijing as on time, and not a minute more", () => {
    // 23:59:59 Beijing time on the deadline day is 15:59:59 UTC.
    expect(isAfterDeadline(deadline, new Date("2026-12-25T15:59:59Z"))).toBe(false);
    expect(isAfterDeadline(deadline, new Date("2026-12-25T16:00:00Z"))).toBe(true);
    // 07:59 Beijing time the morning after (23:59 UTC on the deadline day) is late.
    expect(isAfterDeadline(deadline, new Date("2026-12-25T23:59:00Z"))).toBe(true);
  });
  it("counts whole Beijing days left, negative when overdue", () => {
    expect(daysToDeadline(deadline, new Date("2026-12-23T10:00:00Z"))).toBe(2);
    expect(daysToDeadline(deadline, new Date("2026-12-25T10:00:00Z"))).toBe(0);
    // 00:30 Beijing time on 26 December is still 25 December in UTC, but the deadline has passed.
    expect(daysToDeadline(deadline, new Date("2026-12-25T16:30:00Z"))).toBe(-1);
    expect(daysToDeadline(deadline, new Date("2026-12-27T10:00:00Z"))).toBe(-2);
  });
});
