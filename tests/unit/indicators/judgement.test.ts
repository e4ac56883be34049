import { describe, expect, it } from "vitest";
import {
  checkAtLeast,
  passingShare,
  reaches,
  verdictOfAllMet,
  verdictOfAllParts,
} from "@/lib/indicators/judgement";

describe("reaches", () => {
  it("counts a tie as reaching the bound in both directions", () => {
    expect(reaches(1.05, 1.05, "AT_MOST")).toBe(true);
    expect(reaches(95, 95, "AT_LEAST")).toBe(true);
  });

  it("absorbs floating-point noise at a tie but nothing visible", () => {
    // 0.57 × 100 = 56.99999999999999 in floating point: still a tie with 57.
    expect(reaches(0.57 * 100, 57, "AT_LEAST")).toBe(true);
    expect(reaches(56.9999, 57, "AT_LEAST")).toBe(false);
    expect(reaches(1.0501, 1.05, "AT_MOST")).toBe(false);
  });

  it("compares in the indicator's direction", () => {
    expect(reaches(96, 95, "AT_LEAST")).toBe(true);
    expect(reaches(96, 95, "AT_MOST")).toBe(false);
    expect(reaches(0, 0, "AT_MOST")).toBe(true);
    expect(reaches(1, 0, "AT_MOST")).toBe(false);
  });
});

describe("checkAtLeast", () => {
  it("gives the ratio and the gap of an unmet value", () => {
    const check = checkAtLeast("res_sports_area_per_pupil", 7, 7.5);
    expect(check.met).toBe(false);
    expect(check.ratioToThreshold).toBeCloseTo(0.9333, 4); // 7 ÷ 7.5
    expect(check.gap).toBeCloseTo(0.5, 10);
  });

  it("meets exactly at the threshold with a zero gap", () => {
    expect(checkAtLeast("k", 4.2, 4.2)).toEqual({
      key: "k",
      value: 4.2,
      threshold: 4.2,
      met: true,
      ratioToThreshold: 1,
      gap: 0,
    });
  });

  it("judges nothing without a configured threshold", () => {
    expect(checkAtLeast("k", 3, null)).toEqual({
      key: "k",
      value: 3,
      threshold: null,
      met: null,
      ratioToThreshold: null,
      gap: null,
    });
  });
});

describe("verdicts", () => {
  it("requires every item met, and every threshold configured", () => {
    expect(verdictOfAllMet([checkAtLeast("a", 2, 1), checkAtLeast("b", 1, 1)])).toBe("pass");
    expect(verdictOfAllMet([checkAtLeast("a", 2, 1), checkAtLeast("b", 0.5, 1)])).toBe("fail");
    expect(verdictOfAllMet([checkAtLeast("a", 0.5, 1), checkAtLeast("b", 1, null)])).toBe("not_judgeable");
  });

  it("fails a whole when one part fails, even if another cannot be judged", () => {
    expect(verdictOfAllParts(["pass", "pass"])).toBe("pass");
    expect(verdictOfAllParts(["not_judgeable", "fail"])).toBe("fail");
    expect(verdictOfAllParts(["pass", "not_judgeable"])).toBe("not_judgeable");
  });
});

describe("passingShare", () => {
  it("gives the share of passing verdicts", () => {
    expect(passingShare(["pass", "fail", "pass", "pass"], "no_schools")).toMatchObject({
      computable: true,
      value: 75,
      numerator: 3,
      denominator: 4,
    });
  });

  it("is not computable with nothing to judge", () => {
    expect(passingShare([], "no_town_seat_schools")).toEqual({
      computable: false,
      reason: "no_town_seat_schools",
    });
  });

  it("is not computable while a threshold is not configured", () => {
    expect(passingShare(["pass", "not_judgeable"], "no_schools")).toEqual({
      computable: false,
      reason: "threshold_not_configured",
    });
  });
});
