import { describe, expect, it } from "vitest";
import { NOT_COMPUTABLE_REASONS, percentOf, ratioOf } from "@/lib/indicators/result";
import { valueOf } from "./value-of";

describe("percentOf", () => {
  it("gives the share in percent with its numerator and denominator", () => {
    expect(percentOf(45, 60, "no_teachers")).toEqual({
      computable: true,
      value: 75,
      numerator: 45,
      denominator: 60,
    });
  });

  it("keeps an exact share exact (57 of 100 is 57, not 56.99999999999999)", () => {
    expect(percentOf(57, 100, "no_teachers")).toMatchObject({ value: 57 });
  });

  it("is not computable without a denominator, even when the numerator is 0 too", () => {
    expect(percentOf(0, 0, "no_rural_schools")).toEqual({ computable: false, reason: "no_rural_schools" });
  });

  it("gives a real 0 when the denominator exists", () => {
    expect(percentOf(0, 12, "no_town_seat_schools")).toMatchObject({ computable: true, value: 0 });
  });

  it("rejects negative or non-finite inputs instead of returning NaN", () => {
    expect(() => percentOf(-1, 10, "no_teachers")).toThrow(RangeError);
    expect(() => percentOf(1, Number.NaN, "no_teachers")).toThrow(RangeError);
    expect(() => ratioOf(Number.POSITIVE_INFINITY, 3, "zero_enrolment")).toThrow(RangeError);
  });
});

describe("ratioOf", () => {
  it("divides without scaling", () => {
    // The reference's worked example: 1,913 books for 302 pupils = 6.33 books per pupil.
    expect(valueOf(ratioOf(1913, 302, "zero_enrolment"))).toBeCloseTo(6.33, 2);
  });

  it("is not computable with a zero denominator", () => {
    expect(ratioOf(5, 0, "zero_enrolment")).toEqual({ computable: false, reason: "zero_enrolment" });
  });
});

describe("NOT_COMPUTABLE_REASONS", () => {
  it("lists each reason once", () => {
    expect(new Set(NOT_COMPUTABLE_REASONS).size).toBe(NOT_COMPUTABLE_REASONS.length);
  });
});
