import { describe, expect, it } from "vitest";
import { canRollUp, countyFigureOf } from "@/lib/indicators/school-roll-up";

// Decision 0046: a county's figure of an item that rolls up is the sum of its schools' approved values.
describe("which items roll up", () => {
  it("counts and amounts add up; rates, ratios, decimals and yes/no do not", () => {
    expect(canRollUp("COUNT")).toBe(true);
    expect(canRollUp("AMOUNT")).toBe(true);
    expect(canRollUp("PERCENT")).toBe(false);
    expect(canRollUp("RATIO")).toBe(false);
    expect(canRollUp("DECIMAL")).toBe(false);
    expect(canRollUp("BOOLEAN")).toBe(false);
  });
});

describe("countyFigureOf", () => {
  it("is the approved schools' sum, with how many of how many are in it", () => {
    // Schools A 120 and B 80 approved, C returned (not in the sum), D not started: 200 from 2 of 4.
    expect(countyFigureOf({ sum: 200, approvedWithValue: 2, approved: 2, expected: 4 })).toEqual({
      value: 200,
      approved: 2,
      expected: 4,
      isComplete: false,
    });
  });

  it("is complete once every school's return is approved", () => {
    expect(countyFigureOf({ sum: 255, approvedWithValue: 3, approved: 3, expected: 3 })).toEqual({
      value: 255,
      approved: 3,
      expected: 3,
      isComplete: true,
    });
  });

  it("has no figure (not 0) while no approved return carries a value", () => {
    expect(countyFigureOf({ sum: null, approvedWithValue: 0, approved: 0, expected: 5 })).toMatchObject({
      value: null,
      isComplete: false,
    });
    // An approved return that left the item empty adds nothing and makes no figure of its own.
    expect(countyFigureOf({ sum: null, approvedWithValue: 0, approved: 1, expected: 1 }).value).toBeNull();
  });

  it("keeps a stored value's four decimals of an amount (1.1 + 2.2 is 3.3, not 3.3000000000000003)", () => {
    expect(countyFigureOf({ sum: 1.1 + 2.2, approvedWithValue: 2, approved: 2, expected: 2 }).value).toBe(
      3.3,
    );
  });

  it("has nothing complete about a county without schools in scope", () => {
    expect(countyFigureOf({ sum: null, approvedWithValue: 0, approved: 0, expected: 0 }).isComplete).toBe(
      false,
    );
  });
});
