import { describe, expect, it } from "vitest";
import {
  cascadeRuleOf,
  checkManualSplit,
  checkRollUp,
  rollUpRuleOf,
  splitByBase,
  splitDecimalsOf,
  type SplitUnit,
} from "@/lib/indicators/target-cascade";

const units = (bases: number[], codes?: (string | null)[]): SplitUnit[] =>
  bases.map((base, index) => ({ countyId: index + 1, code: codes?.[index] ?? `3701${index + 1}`, base }));
const values = (result: ReturnType<typeof splitByBase>) => {
  if (!result.ok) throw new Error(result.reason);
  return result.parts.map((part) => part.value);
};
const sumOf = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

describe("cascade rules per value type", () => {
  it("splits counts and amounts (city figure = sum) and passes shares and ratios down", () => {
    expect(cascadeRuleOf({ cityRollUp: "SUM" })).toBe("split");
    expect(cascadeRuleOf({ cityRollUp: "MEAN" })).toBe("passDown");
    expect(splitDecimalsOf({ cityRollUp: "SUM", valueType: "COUNT" })).toBe(0);
    expect(splitDecimalsOf({ cityRollUp: "SUM", valueType: "AMOUNT" })).toBe(2);
    expect(splitDecimalsOf({ cityRollUp: "MEAN", valueType: "PERCENT" })).toBeNull();
    expect(rollUpRuleOf({ cityRollUp: "SUM", valueType: "COUNT" })).toBe("sum");
    expect(rollUpRuleOf({ cityRollUp: "MEAN", valueType: "PERCENT" })).toBe("weightedMean");
    expect(rollUpRuleOf({ cityRollUp: "MEAN", valueType: "RATIO" })).toBe("eachCounty");
    expect(rollUpRuleOf({ cityRollUp: "MEAN", valueType: "DECIMAL" })).toBe("eachCounty");
  });
});

describe("splitByBase (largest remainder)", () => {
  it("gives exact quotas unchanged", () => {
    expect(values(splitByBase(10, units([5, 3, 2]), 0))).toEqual([5, 3, 2]);
  });

  it("gives the steps left over to the largest remainders", () => {
    // 7 × (2, 3, 5) / 10 = 1.4, 2.1, 3.5: wholes 1 + 2 + 3 = 6, the one left goes to the largest remainder (.5).
    expect(values(splitByBase(7, units([2, 3, 5]), 0))).toEqual([1, 2, 4]);
    // 15,000 人次 by enrolment 1,200 / 2,300 / 4,500 (sum 8,000): 2,250, 4,312.5, 8,437.5 -> wholes 14,999; the
    // two .5 remainders tie and the lower county code (370102) takes the step.
    expect(
      values(splitByBase(15_000, units([1_200, 2_300, 4_500], ["370101", "370102", "370103"]), 0)),
    ).toEqual([2_250, 4_313, 8_437]);
  });

  it("breaks ties by county code, codeless counties last, then by id", () => {
    // 100 / 3 = 33.33… each: all three remainders equal, the lowest code gets the extra one.
    expect(values(splitByBase(100, units([1, 1, 1], ["370103", "370101", "370102"]), 0))).toEqual([
      33, 34, 33,
    ]);
    expect(values(splitByBase(1, units([1, 1], [null, "370102"]), 0))).toEqual([0, 1]);
    expect(values(splitByBase(1, units([1, 1], [null, null]), 0))).toEqual([1, 0]);
  });

  it("splits an amount to 0.01 (万元) so that the parts add up to the cent", () => {
    // 10,000 steps × (1, 2) / 3 = 3,333.33 and 6,666.67: wholes 3,333 + 6,666, the larger remainder takes the last step.
    expect(values(splitByBase(100, units([1, 2]), 2))).toEqual([33.33, 66.67]);
    expect(values(splitByBase(0.05, units([1, 1, 1]), 2))).toEqual([0.02, 0.02, 0.01]);
  });

  it("gives a county with a zero base nothing, and refuses when every base is zero", () => {
    expect(values(splitByBase(5, units([0, 4, 6]), 0))).toEqual([0, 2, 3]);
    expect(splitByBase(5, units([0, 0, 0]), 0)).toEqual({ ok: false, reason: "allBasesZero" });
    expect(splitByBase(5, [], 0)).toEqual({ ok: false, reason: "noUnits" });
    expect(splitByBase(5, units([-1, 2]), 0)).toEqual({ ok: false, reason: "negativeBase" });
  });

  it("refuses a total with finer digits than the split (half a person)", () => {
    expect(splitByBase(10.5, units([1, 1]), 0)).toEqual({ ok: false, reason: "notInUnits" });
    expect(splitByBase(1.005, units([1, 1]), 2)).toEqual({ ok: false, reason: "notInUnits" });
  });

  it("always sums to the total exactly, and the same data gives the same split", () => {
    let seed = 20_261_203;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let round = 0; round < 200; round++) {
      const bases = Array.from({ length: 1 + (next() % 14) }, () => next() % 5_000);
      if (!bases.some((base) => base > 0)) bases[0] = 1;
      const total = next() % 100_000;
      const whole = values(splitByBase(total, units(bases), 0));
      expect(sumOf(whole)).toBe(total);
      expect(values(splitByBase(total, units(bases), 0))).toEqual(whole);
      const cents = values(splitByBase(total / 100, units(bases), 2));
      expect(Math.round(sumOf(cents) * 100)).toBe(total);
      // No part is more than one step from its exact quota.
      const baseSum = sumOf(bases);
      whole.forEach((part, index) =>
        expect(Math.abs(part - (total * bases[index]!) / baseSum)).toBeLessThan(1),
      );
    }
  });
});

describe("checkManualSplit", () => {
  it("accepts parts that add up to the whole and reports the gap of those that do not", () => {
    const parts = (...numbers: number[]) => numbers.map((value, index) => ({ countyId: index + 1, value }));
    expect(checkManualSplit(100, parts(40, 35, 25), 0)).toEqual({
      isExact: true,
      sum: 100,
      gap: 0,
      notInUnits: [],
    });
    expect(checkManualSplit(100, parts(40, 35, 20), 0)).toMatchObject({ isExact: false, sum: 95, gap: 5 });
    expect(checkManualSplit(100, parts(60, 50), 0)).toMatchObject({ isExact: false, sum: 110, gap: -10 });
    expect(checkManualSplit(0.3, parts(0.1, 0.2), 2)).toMatchObject({ isExact: true, sum: 0.3, gap: 0 });
    expect(checkManualSplit(10, parts(4.5, 5.5), 0)).toMatchObject({ isExact: false, notInUnits: [1, 2] });
  });
});

describe("checkRollUp", () => {
  const count = { cityRollUp: "SUM", valueType: "COUNT", direction: "AT_LEAST" } as const;
  const share = { cityRollUp: "MEAN", valueType: "PERCENT", direction: "AT_LEAST" } as const;
  const ratio = { cityRollUp: "MEAN", valueType: "RATIO", direction: "AT_MOST" } as const;

  it("counts: the counties' targets sum to the city's or show the gap and who has none", () => {
    const short = checkRollUp(count, 15_000, [
      { countyId: 1, target: 5_000, weight: 0 },
      { countyId: 2, target: 6_000, weight: 0 },
      { countyId: 3, target: null, weight: 0 },
    ]);
    expect(short).toMatchObject({ rule: "sum", achieved: 11_000, isOk: false, gap: 4_000, missing: [3] });
    const reached = checkRollUp(count, 15_000, [
      { countyId: 1, target: 8_000, weight: 0 },
      { countyId: 2, target: 7_000, weight: 0 },
    ]);
    expect(reached).toMatchObject({ achieved: 15_000, isOk: true, gap: 0, missing: [] });
  });

  it("counts where lower is better (失学辍学人数 ≤ 10): the sum must stay at or under the city's", () => {
    const lower = { ...count, direction: "AT_MOST" } as const;
    const at = (a: number, b: number) =>
      checkRollUp(lower, 10, [
        { countyId: 1, target: a, weight: 0 },
        { countyId: 2, target: b, weight: 0 },
      ]);
    expect(at(4, 5)).toMatchObject({ achieved: 9, isOk: true, gap: 0 });
    expect(at(6, 5)).toMatchObject({ achieved: 11, isOk: false, gap: 1 });
  });

  it("shares: the enrolment-weighted mean of the counties' targets, a county without one counting at the city's", () => {
    // (95 × 1,000 + 80 × 3,000) / 4,000 = 83.75 against 90: short by 6.25.
    const short = checkRollUp(share, 90, [
      { countyId: 1, target: 95, weight: 1_000 },
      { countyId: 2, target: 80, weight: 3_000 },
    ]);
    expect(short).toMatchObject({ rule: "weightedMean", achieved: 83.75, isOk: false, gap: 6.25 });
    // (95 × 3,000 + 80 × 1,000) / 4,000 = 91.25 ≥ 90.
    expect(
      checkRollUp(share, 90, [
        { countyId: 1, target: 95, weight: 3_000 },
        { countyId: 2, target: 80, weight: 1_000 },
      ]),
    ).toMatchObject({ achieved: 91.25, isOk: true, gap: 0 });
    // County 1 inherits 90: (90 × 1,000 + 80 × 3,000) / 4,000 = 82.5.
    expect(
      checkRollUp(share, 90, [
        { countyId: 1, target: null, weight: 1_000 },
        { countyId: 2, target: 80, weight: 3_000 },
      ]),
    ).toMatchObject({ achieved: 82.5, gap: 7.5, missing: [1] });
    // No pupils anywhere: the counties count equally, and the check says so.
    expect(
      checkRollUp(share, 90, [
        { countyId: 1, target: 100, weight: 0 },
        { countyId: 2, target: 84, weight: 0 },
      ]),
    ).toMatchObject({ achieved: 92, isOk: true, isUnweighted: true });
  });

  it("shares where lower is better: the weighted mean must stay at or under the city's", () => {
    const lower = { ...share, direction: "AT_MOST" } as const;
    expect(
      checkRollUp(lower, 5, [
        { countyId: 1, target: 4, weight: 1 },
        { countyId: 2, target: 7, weight: 1 },
      ]),
    ).toMatchObject({ achieved: 5.5, isOk: false, gap: 0.5 });
  });

  it("ratios (本科率城乡比 ≤ 1.05): each county's own target must be as strict as the city's", () => {
    const check = checkRollUp(ratio, 1.05, [
      { countyId: 1, target: 1.03, weight: 0 },
      { countyId: 2, target: 1.08, weight: 0 },
      { countyId: 3, target: null, weight: 0 },
    ]);
    expect(check).toMatchObject({
      rule: "eachCounty",
      achieved: 1.08,
      isOk: false,
      gap: 0.03,
      failing: [2],
      missing: [3],
    });
    const higher = { ...ratio, direction: "AT_LEAST" } as const;
    expect(
      checkRollUp(higher, 1.5, [
        { countyId: 1, target: 1.6, weight: 0 },
        { countyId: 2, target: null, weight: 0 },
      ]),
    ).toMatchObject({ achieved: 1.5, isOk: true, gap: 0, failing: [] });
  });

  it("is not ok with no counties at all", () => {
    expect(checkRollUp(count, 10, [])).toMatchObject({ isOk: false, achieved: null });
  });
});
