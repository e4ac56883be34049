import { describe, expect, it } from "vitest";
import { customItemRollUp, figuresOf, summariseCustomItem } from "@/lib/indicators/custom-items";

describe("customItemRollUp", () => {
  it("adds up counts, amounts, decimals and yes/no answers; averages shares and ratios", () => {
    expect(
      (["COUNT", "AMOUNT", "DECIMAL", "BOOLEAN", "PERCENT", "RATIO"] as const).map(customItemRollUp),
    ).toEqual(["SUM", "SUM", "SUM", "SUM", "MEAN", "MEAN"]);
  });
});

describe("summariseCustomItem", () => {
  const periods = ["7月", "8月", "9月"];

  it("takes the latest period with a value, and the current (last) period's completeness", () => {
    const summary = summariseCustomItem(periods, [
      { value: 10, reported: 3, expected: 4 },
      { value: 12.5, reported: 2, expected: 4 },
      { value: null, reported: 0, expected: 4 },
    ]);
    expect(summary.latest).toEqual({ period: "8月", value: 12.5 });
    // September: 0 of 4 reports approved with a value.
    expect(summary.current).toEqual({ period: "9月", reported: 0, expected: 4, share: 0 });
    expect(summary.trend).toEqual([
      { period: "7月", value: 10 },
      { period: "8月", value: 12.5 },
    ]);
  });

  it("3 of 4 reports is a share of 0.75; nothing expected is no share", () => {
    expect(summariseCustomItem(["7月"], [{ value: 9, reported: 3, expected: 4 }]).current?.share).toBe(0.75);
    expect(
      summariseCustomItem(["7月"], [{ value: null, reported: 0, expected: 0 }]).current?.share,
    ).toBeNull();
  });

  it("has no latest value, no current period and no trend without periods", () => {
    expect(summariseCustomItem([], [])).toEqual({ latest: null, current: null, trend: [] });
  });

  it("reads a missing figure as no value and nothing reported", () => {
    expect(summariseCustomItem(["7月"], []).current).toEqual({
      period: "7月",
      reported: 0,
      expected: 0,
      share: null,
    });
  });
});

describe("figuresOf", () => {
  const item = {
    periods: [{ value: 30, reported: 2, expected: 3 }],
    counties: [{ countyId: 5, periods: [{ value: 10, reported: 1, expected: 1 }] }],
  };
  it("gives the scope's figures, a county's own, or none for a county it does not break down", () => {
    expect(figuresOf(item, null)).toBe(item.periods);
    expect(figuresOf(item, 5)).toEqual([{ value: 10, reported: 1, expected: 1 }]);
    expect(figuresOf(item, 6)).toEqual([]);
  });
});
