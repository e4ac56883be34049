import { describe, expect, it } from "vitest";
import { type HistoryPoint, type StatusInput, indicatorStatus } from "@/lib/indicators/status";
import { type Quarter, addQuarters } from "@/lib/utils/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Consecutive quarterly points ending with `last`. */
function quarterly(last: Quarter, values: number[]): HistoryPoint[] {
  return values.map((value, i) => ({ ...addQuarters(last, i - values.length + 1), value }));
}

// As of 15 May 2026 (2026Q2) with a 2027 deadline: 2026Q3 … 2027Q4 leaves 6 quarters.
const AS_OF = day("2026-05-15");
const NOW: Quarter = { year: 2026, quarter: 2 };

function status(values: number[], overrides: Partial<StatusInput> = {}) {
  const current = values.at(-1);
  return indicatorStatus({
    direction: "AT_LEAST",
    target: 95,
    deadlineYear: 2027,
    current:
      current === undefined ? { computable: false, reason: "no_data" } : { computable: true, value: current },
    history: quarterly(NOW, values),
    asOf: AS_OF,
    ...overrides,
  });
}

describe("indicatorStatus, higher is better (target 95% by 2027)", () => {
  it("is on track when the trend reaches the target by the deadline", () => {
    // Slope 2 a quarter; 86 + 2 × 6 = 98 ≥ 95. Required pace (95 − 86) ÷ 6 = 1.5.
    const result = status([80, 82, 84, 86]);
    expect(result).toMatchObject({
      status: "on_track",
      reason: "trend_toward_target",
      current: 86,
      quartersRemaining: 6,
      pointsUsed: 4,
    });
    expect(result.slopePerQuarter).toBeCloseTo(2, 10);
    expect(result.projectedAtDeadline).toBeCloseTo(98, 10);
    expect(result.requiredPacePerQuarter).toBeCloseTo(1.5, 10);
  });

  it("is at risk when improving too slowly", () => {
    // Slope 0.5; 81.5 + 0.5 × 6 = 84.5 < 95. Required pace (95 − 81.5) ÷ 6 = 2.25.
    const result = status([80, 80.5, 81, 81.5]);
    expect(result).toMatchObject({ status: "at_risk", reason: "trend_short_of_target" });
    expect(result.projectedAtDeadline).toBeCloseTo(84.5, 10);
    expect(result.requiredPacePerQuarter).toBeCloseTo(2.25, 10);
  });

  it("is off track when stagnating", () => {
    // x̄ = 1.5, ȳ = 85; Σ(x − x̄)(y − ȳ) = (−0.5)(−0.1) + (0.5)(0.1) = 0.1; Σ(x − x̄)² = 5; slope 0.02,
    // under 1% of the 10-point gap (0.1) a quarter.
    const result = status([85, 84.9, 85.1, 85]);
    expect(result.slopePerQuarter).toBeCloseTo(0.02, 10);
    expect(result).toMatchObject({ status: "off_track", reason: "stagnating_or_worsening" });
  });

  it("is off track when worsening", () => {
    const result = status([90, 88, 86, 84]);
    expect(result.slopePerQuarter).toBeCloseTo(-2, 10);
    expect(result).toMatchObject({ status: "off_track", reason: "stagnating_or_worsening" });
  });

  it("is met when the current value is above the target, whatever the trend", () => {
    expect(status([99, 98, 97, 96])).toMatchObject({
      status: "met",
      reason: "meets_target",
      requiredPacePerQuarter: null,
    });
  });

  it("is met exactly at the target", () => {
    expect(status([95])).toMatchObject({ status: "met", reason: "meets_target" });
  });

  it("is off track once the deadline has passed unmet", () => {
    const result = status([84, 86, 88, 90], {
      asOf: day("2028-02-01"),
      history: quarterly({ year: 2028, quarter: 1 }, [84, 86, 88, 90]),
    });
    expect(result).toMatchObject({
      status: "off_track",
      reason: "deadline_passed",
      quartersRemaining: 0,
      projectedAtDeadline: null,
      requiredPacePerQuarter: null,
    });
  });

  it("is at risk with fewer than four quarters of history", () => {
    expect(status([80, 85, 90])).toMatchObject({
      status: "at_risk",
      reason: "too_little_history",
      slopePerQuarter: null,
      projectedAtDeadline: null,
      pointsUsed: 3,
    });
    const withoutHistory = status([90], { history: [] });
    expect(withoutHistory).toMatchObject({ status: "at_risk", reason: "too_little_history", pointsUsed: 0 });
    expect(withoutHistory.requiredPacePerQuarter).toBeCloseTo(5 / 6, 10); // (95 − 90) ÷ 6
  });

  it("has no data when the current value is not computable", () => {
    expect(status([], { current: { computable: false, reason: "no_rural_teachers" } })).toMatchObject({
      status: "no_data",
      reason: "not_computable",
      current: null,
      projectedAtDeadline: null,
      requiredPacePerQuarter: null,
    });
  });

  it("has no status without a target", () => {
    expect(status([80, 82, 84, 86], { target: null })).toMatchObject({
      status: "no_target",
      reason: "no_target",
      current: 86,
      requiredPacePerQuarter: null,
    });
  });

  it("fits only the last eight quarters", () => {
    // Two old outliers, then eight quarters rising by exactly 2: 80 … 94. Slope 2; 94 + 2 × 6 = 106.
    const result = status([200, 0, 80, 82, 84, 86, 88, 90, 92, 94]);
    expect(result.pointsUsed).toBe(8);
    expect(result.slopePerQuarter).toBeCloseTo(2, 10);
    expect(result.status).toBe("on_track");
  });

  it("places points by quarter, so a missing quarter keeps its gap", () => {
    // 2025Q1 80, Q2 82, (Q3 missing), Q4 86, 2026Q1 88: on the quarter axis x = 0, 1, 3, 4, a straight line of
    // slope 2 (counting positions 0–3 would give 2.8). Deadline 2026: 3 quarters left; 88 + 2 × 3 = 94 < 95.
    const history: HistoryPoint[] = [
      { year: 2025, quarter: 1, value: 80 },
      { year: 2025, quarter: 2, value: 82 },
      { year: 2025, quarter: 4, value: 86 },
      { year: 2026, quarter: 1, value: 88 },
    ];
    const result = status([88], { history, deadlineYear: 2026, asOf: day("2026-02-10") });
    expect(result.slopePerQuarter).toBeCloseTo(2, 10);
    expect(result).toMatchObject({
      quartersRemaining: 3,
      status: "at_risk",
      reason: "trend_short_of_target",
    });
  });

  it("in the deadline's last quarter projects the current value and asks no pace", () => {
    const result = status([84, 86, 88, 90], {
      asOf: day("2027-11-01"),
      history: quarterly({ year: 2027, quarter: 4 }, [84, 86, 88, 90]),
    });
    expect(result).toMatchObject({
      status: "at_risk",
      reason: "trend_short_of_target",
      quartersRemaining: 0,
      projectedAtDeadline: 90,
      requiredPacePerQuarter: null,
    });
  });

  it("rejects history out of order", () => {
    const history = quarterly(NOW, [80, 82, 84, 86]).reverse();
    expect(() => status([86], { history })).toThrow(RangeError);
  });
});

describe("indicatorStatus, lower is better (urban:rural ratio ≤ 1.05 by 2027)", () => {
  const ratio = (values: number[]) => status(values, { direction: "AT_MOST", target: 1.05 });

  it("is on track when the ratio falls fast enough", () => {
    // Slope −0.03; 1.11 − 0.03 × 6 = 0.93 ≤ 1.05. Required pace (1.05 − 1.11) ÷ 6 = −0.01.
    const result = ratio([1.2, 1.17, 1.14, 1.11]);
    expect(result).toMatchObject({ status: "on_track", reason: "trend_toward_target" });
    expect(result.projectedAtDeadline).toBeCloseTo(0.93, 10);
    expect(result.requiredPacePerQuarter).toBeCloseTo(-0.01, 10);
  });

  it("is at risk when it falls too slowly", () => {
    // Slope −0.01; 1.17 − 0.01 × 6 = 1.11 > 1.05.
    expect(ratio([1.2, 1.19, 1.18, 1.17])).toMatchObject({
      status: "at_risk",
      reason: "trend_short_of_target",
    });
  });

  it("is off track when it rises", () => {
    expect(ratio([1.08, 1.09, 1.1, 1.11])).toMatchObject({
      status: "off_track",
      reason: "stagnating_or_worsening",
    });
  });

  it("is met exactly at 1.05", () => {
    expect(ratio([1.08, 1.07, 1.06, 1.05])).toMatchObject({ status: "met", reason: "meets_target" });
  });
});

describe("indicatorStatus, ongoing target (no deadline)", () => {
  const dropouts = (current: number) =>
    status([current], { direction: "AT_MOST", target: 0, deadlineYear: null, history: [] });

  it("compares only the current value with the target", () => {
    expect(dropouts(0)).toMatchObject({ status: "met", reason: "meets_target", quartersRemaining: null });
    expect(dropouts(3)).toMatchObject({
      status: "off_track",
      reason: "not_met_ongoing",
      quartersRemaining: null,
      projectedAtDeadline: null,
    });
  });
});
