import { describe, expect, it } from "vitest";
import { judgedOnOwnTargetOnly, resolveTarget, type TargetRow } from "@/lib/indicators/targets";

const indicator = {
  key: "ratio",
  defaultTarget: 1.05,
  defaultDeadlineYear: 2027,
  cityRollUp: "MEAN",
} as const;
const cityDefault: TargetRow = { indicatorKey: "ratio", countyId: null, value: 1.04, deadlineYear: 2027 };
const countyOwn: TargetRow = { indicatorKey: "ratio", countyId: 7, value: 1.02, deadlineYear: 2027 };

describe("resolveTarget", () => {
  it("takes the county's own target, else the city default, else the policy target", () => {
    const targets = [cityDefault, countyOwn];
    expect(resolveTarget(indicator, targets, 7, 2026)).toEqual({
      value: 1.02,
      deadlineYear: 2027,
      source: "county",
    });
    expect(resolveTarget(indicator, targets, 8, 2026)).toEqual({
      value: 1.04,
      deadlineYear: 2027,
      source: "city",
    });
    expect(resolveTarget(indicator, targets, null, 2026)).toEqual({
      value: 1.04,
      deadlineYear: 2027,
      source: "city",
    });
    expect(resolveTarget(indicator, [], 7, 2026)).toEqual({
      value: 1.05,
      deadlineYear: 2027,
      source: "policy",
    });
  });

  it("ignores targets of other indicators", () => {
    expect(resolveTarget({ ...indicator, key: "other" }, [cityDefault], null, 2026)?.source).toBe("policy");
  });

  it("of several deadlines takes the nearest one not yet passed, and the last one once all have passed", () => {
    const steps: TargetRow[] = [
      { indicatorKey: "ratio", countyId: null, value: 1.1, deadlineYear: 2025 },
      { indicatorKey: "ratio", countyId: null, value: 1.05, deadlineYear: 2027 },
      { indicatorKey: "ratio", countyId: null, value: 1.0, deadlineYear: 2030 },
    ];
    expect(resolveTarget(indicator, steps, null, 2025)?.value).toBe(1.1);
    expect(resolveTarget(indicator, steps, null, 2026)?.value).toBe(1.05);
    expect(resolveTarget(indicator, steps, null, 2028)?.value).toBe(1.0);
    expect(resolveTarget(indicator, steps, null, 2031)?.value).toBe(1.0);
  });

  it("has no target when neither a row nor the policy gives one", () => {
    expect(
      resolveTarget(
        { key: "x", defaultTarget: null, defaultDeadlineYear: null, cityRollUp: "MEAN" },
        [],
        7,
        2026,
      ),
    ).toBeNull();
  });

  it("never gives a county the city's total of a count or an amount, only a target set for the county", () => {
    // 济南: 15,000 人次 of training a year for the whole city; 历下 has its own 1,200, 章丘 none.
    const training = {
      key: "training",
      defaultTarget: 20000,
      defaultDeadlineYear: 2027,
      cityRollUp: "SUM",
    } as const;
    const rows: TargetRow[] = [
      { indicatorKey: "training", countyId: null, value: 15000, deadlineYear: 2027 },
      { indicatorKey: "training", countyId: 7, value: 1200, deadlineYear: 2027 },
    ];
    expect(resolveTarget(training, rows, null, 2026)).toEqual({
      value: 15000,
      deadlineYear: 2027,
      source: "city",
    });
    expect(resolveTarget(training, rows, 7, 2026)).toEqual({
      value: 1200,
      deadlineYear: 2027,
      source: "county",
    });
    expect(resolveTarget(training, rows, 8, 2026)).toBeNull();
    // Nor the policy's programme total.
    expect(resolveTarget(training, [], 8, 2026)).toBeNull();
    expect(resolveTarget(training, [], null, 2026)?.source).toBe("policy");
  });
});

describe("judgedOnOwnTargetOnly", () => {
  it("holds for figures that add up (counts, amounts), not for shares or ratios", () => {
    expect(judgedOnOwnTargetOnly({ cityRollUp: "SUM" })).toBe(true);
    expect(judgedOnOwnTargetOnly({ cityRollUp: "MEAN" })).toBe(false);
  });
});
