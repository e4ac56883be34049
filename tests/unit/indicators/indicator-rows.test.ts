import { describe, expect, it } from "vitest";
import { buildIndicatorRows, type OrgRowInputs } from "@/lib/indicators/indicator-rows";
import { indicatorDefinition } from "../../support/indicator-definition";

const inputs = (fields: Partial<OrgRowInputs>): OrgRowInputs => ({
  level: "county",
  countyId: 3,
  asOf: new Date("2026-11-23"),
  currentQuarter: { year: 2026, quarter: 4 },
  values: new Map(),
  history: new Map(),
  targets: [],
  isAwaitingApproval: false,
  ...fields,
});

describe("buildIndicatorRows", () => {
  it("keeps only the indicators computed at the org unit's level, in catalogue order", () => {
    const rows = buildIndicatorRows(
      [
        indicatorDefinition({ key: "county_and_city" }),
        indicatorDefinition({ key: "school_only", levels: ["SCHOOL"] }),
        indicatorDefinition({ key: "city_only", levels: ["CITY"] }),
      ],
      inputs({}),
    );
    expect(rows.map((row) => row.definition.key)).toEqual(["county_and_city"]);
  });

  it("has no data, not zero, where a value is missing", () => {
    const [row] = buildIndicatorRows([indicatorDefinition({ key: "k" })], inputs({}));
    expect(row?.value).toBeNull();
    expect(row?.status).toMatchObject({ status: "no_data", reason: "not_computable" });
  });

  it("judges a value that meets the resolved target as met", () => {
    const [row] = buildIndicatorRows(
      [indicatorDefinition({ key: "k", defaultTarget: 50 })],
      inputs({
        values: new Map([
          ["k", { result: { computable: true, value: 62 }, quarter: { year: 2026, quarter: 4 } }],
        ]),
      }),
    );
    expect(row?.target).toEqual({ value: 50, deadlineYear: 2027, source: "policy" });
    expect(row?.status.status).toBe("met");
  });

  it("restarts the trend of a year-to-date figure each January", () => {
    const history = [
      { year: 2025, quarter: 4 as const, value: 40 },
      { year: 2026, quarter: 1 as const, value: 5 },
      { year: 2026, quarter: 2 as const, value: 12 },
    ];
    const [row] = buildIndicatorRows(
      [indicatorDefinition({ key: "k", kind: "REPORTED", isCumulative: true, valueType: "COUNT" })],
      inputs({ history: new Map([["k", history]]) }),
    );
    expect(row?.history.map((point) => point.value)).toEqual([5, 12]);
  });

  it("marks only reported indicators as awaiting approval", () => {
    const rows = buildIndicatorRows(
      [indicatorDefinition({ key: "computed" }), indicatorDefinition({ key: "reported", kind: "REPORTED" })],
      inputs({ isAwaitingApproval: true }),
    );
    expect(rows.map((row) => row.isAwaitingApproval)).toEqual([false, true]);
  });
});
