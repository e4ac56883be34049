import { describe, expect, it } from "vitest";
import { collectionFields, collectionSchema } from "@/lib/schemas/collections";
import { schoolReturnFormSchema } from "@/lib/schemas/school-returns";
import { submissionFormSchema } from "@/lib/schemas/submissions";

const rules = { outlierFactor: 3 };
// A monthly collection: a catalogue count and two custom items, one with a range and one that needs a note.
const fields = collectionFields([
  {
    key: "schools_total",
    valueType: "COUNT",
    isCumulative: false,
    min: null,
    max: null,
    noteRequired: false,
  },
  { key: "c1_meals", valueType: "DECIMAL", isCumulative: false, min: 2, max: 10, noteRequired: false },
  { key: "c1_visits", valueType: "COUNT", isCumulative: false, min: null, max: null, noteRequired: true },
]);
const schema = submissionFormSchema(fields, rules);
const form = (values: Record<string, string>, intent = "submit") => ({
  submissionId: "7",
  version: "2",
  intent,
  ...Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value])),
});
const issues = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("a collection's report schema, built from its items", () => {
  it("accepts a complete report and reads the values and notes", () => {
    const parsed = schema.parse(
      form({
        "values.schools_total": "12",
        "values.c1_meals": "4.5",
        "values.c1_visits": "3",
        "notes.c1_visits": "三次入校",
      }),
    );
    expect(parsed.entries).toEqual({
      schools_total: { value: 12, note: null },
      c1_meals: { value: 4.5, note: null },
      c1_visits: { value: 3, note: "三次入校" },
    });
  });

  it("refuses a value outside an item's range, drafts included, with the range in the message", () => {
    const result = schema.safeParse(form({ "values.c1_meals": "10.5" }, "draft"));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["values", "c1_meals"],
      message: "submissions.outOfRange",
      params: { min: 2, max: 10 },
    });
    expect(issues(form({ "values.c1_meals": "1.99" }, "draft"))).toEqual([
      "values.c1_meals:submissions.outOfRange",
    ]);
    // The bounds themselves are allowed.
    expect(issues(form({ "values.c1_meals": "2" }, "draft"))).toEqual([]);
    expect(issues(form({ "values.c1_meals": "10" }, "draft"))).toEqual([]);
  });

  it("requires the note of a note-required item at submit, not in a draft", () => {
    const values = { "values.schools_total": "12", "values.c1_meals": "4", "values.c1_visits": "3" };
    expect(issues(form(values))).toEqual(["notes.c1_visits:submissions.noteRequired"]);
    expect(issues(form(values, "draft"))).toEqual([]);
  });

  it("checks each item's type: a count is a whole number, text is no number", () => {
    expect(issues(form({ "values.schools_total": "1.5", "values.c1_meals": "abc" }, "draft"))).toEqual([
      "values.schools_total:submissions.integer",
      "values.c1_meals:submissions.notNumber",
    ]);
  });

  it("refuses a key that is not an item of the collection", () => {
    expect(issues(form({ "values.dropout_count": "1" }, "draft"))).toEqual(["values.dropout_count:invalid"]);
  });

  it("only a lower or only an upper bound", () => {
    const lower = submissionFormSchema(
      collectionFields([
        { key: "x", valueType: "AMOUNT", isCumulative: false, min: 5, max: null, noteRequired: false },
      ]),
      rules,
    );
    expect(lower.safeParse(form({ "values.x": "4" }, "draft")).error?.issues[0]?.message).toBe(
      "submissions.belowMin",
    );
    expect(lower.safeParse(form({ "values.x": "400000" }, "draft")).success).toBe(true);
  });
});

const definition = {
  version: "0",
  nameZh: "月调度",
  nameEn: "",
  periodType: "MONTH",
  deadlineKind: "WORKING_DAYS_AFTER_END",
  deadlineDays: "5",
};

describe("the collection definition form", () => {
  it("reads the catalogue items, the filled custom rows, and skips blank rows", () => {
    const parsed = collectionSchema.parse({
      ...definition,
      indicatorKeys: ["schools_total", "schools_total"],
      "custom.0.nameZh": "营养餐供应天数",
      "custom.0.unit": "天",
      "custom.0.valueType": "COUNT",
      "custom.0.min": "0",
      "custom.0.max": "31",
      "custom.0.noteRequired": "on",
      "custom.1.nameZh": "",
      "custom.1.unit": "",
      "custom.1.valueType": "COUNT",
    });
    expect(parsed.nameEn).toBe("月调度");
    expect(parsed.indicatorKeys).toEqual(["schools_total"]);
    expect(parsed.custom).toEqual([
      expect.objectContaining({
        nameZh: "营养餐供应天数",
        nameEn: "营养餐供应天数",
        unit: "天",
        min: 0,
        max: 31,
        noteRequired: true,
      }),
    ]);
    expect(parsed.startsOn).toBeNull();
  });

  it("needs at least one item, a deadline number in range, min ≤ max, and a one-off's dates in order", () => {
    const messages = (input: object) =>
      collectionSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages({ ...definition })).toEqual(["indicatorKeys:collections.noItems"]);
    expect(messages({ ...definition, deadlineDays: "0", indicatorKeys: "schools_total" })).toEqual([
      "deadlineDays:collections.deadlineDaysRange",
    ]);
    expect(
      messages({
        ...definition,
        "custom.0.nameZh": "x",
        "custom.0.unit": "个",
        "custom.0.valueType": "COUNT",
        "custom.0.min": "9",
        "custom.0.max": "1",
      }),
    ).toEqual(["custom.0.max:collections.minOverMax"]);
    expect(
      messages({
        ...definition,
        periodType: "ONE_OFF",
        startsOn: "2026-06-10",
        endsOn: "2026-06-01",
        indicatorKeys: "schools_total",
      }),
    ).toEqual(["endsOn:collections.endBeforeStart"]);
  });
});

// Decision 0046: who reports, and which items roll up from the schools.
describe("a collection's reporters and roll-ups", () => {
  const definition = {
    version: "0",
    nameZh: "学校月调度",
    periodType: "MONTH",
    deadlineKind: "WORKING_DAYS_AFTER_END",
    deadlineDays: "5",
    indicatorKeys: ["schools_total"],
    rollUpKeys: ["schools_total"],
    "custom.0.nameZh": "就餐学生数",
    "custom.0.unit": "人",
    "custom.0.valueType": "COUNT",
    "custom.0.rollsUp": "on",
  };

  it("is reported by the counties unless schools are chosen, and then keeps no levels or roll-ups", () => {
    const parsed = collectionSchema.parse({ ...definition, schoolLevels: "PRIMARY" });
    expect(parsed).toMatchObject({ reporterLevel: "COUNTY", schoolLevels: [], rollUpKeys: [] });
    expect(parsed.custom[0]!.rollsUp).toBe(false);
  });

  it("needs at least one school level when schools report", () => {
    const result = collectionSchema.safeParse({ ...definition, reporterLevel: "SCHOOL" });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "schoolLevels:collections.noSchoolLevels",
    ]);
  });

  it("keeps the levels and roll-ups where schools report", () => {
    const parsed = collectionSchema.parse({
      ...definition,
      reporterLevel: "SCHOOL",
      schoolLevels: ["PRIMARY", "JUNIOR", "PRIMARY"],
    });
    expect(parsed).toMatchObject({
      reporterLevel: "SCHOOL",
      schoolLevels: ["PRIMARY", "JUNIOR"],
      rollUpKeys: ["schools_total"],
    });
    expect(parsed.custom[0]!.rollsUp).toBe(true);
  });

  it("refuses a roll-up of a custom rate and an unknown school level", () => {
    const result = collectionSchema.safeParse({
      ...definition,
      reporterLevel: "SCHOOL",
      schoolLevels: ["UNIVERSITY"],
      "custom.0.valueType": "PERCENT",
    });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "schoolLevels.0:invalid",
      "custom.0.rollsUp:collections.notSummable",
    ]);
  });
});

describe("a school's return schema", () => {
  it("is the report schema under the return's id", () => {
    const parsed = schoolReturnFormSchema(fields, rules).parse({
      ...form({ "values.schools_total": "12", "values.c1_meals": "4.5", "values.c1_visits": "3" }, "draft"),
      submissionId: undefined,
      returnId: "41",
    });
    expect(parsed).toMatchObject({ returnId: 41, version: 2, intent: "draft" });
    expect(parsed.entries.schools_total).toEqual({ value: 12, note: null });
    expect(schoolReturnFormSchema(fields, rules).safeParse(form({}, "submit")).success).toBe(false);
  });
});
