import { describe, expect, it } from "vitest";
import {
  DEFAULT_TERM_YEARS,
  completedTerms,
  isAgedAtMost45,
  isDueForRotation,
  ruralPrincipalsAgedAtMost45Share,
} from "@/lib/indicators/formulas/principals";
import { valueOf } from "./value-of";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const reference = day("2026-11-23");

describe("isAgedAtMost45", () => {
  it("counts a principal who is 45 on the reference date", () => {
    expect(isAgedAtMost45(day("1981-11-23"), reference)).toBe(true); // 45th birthday today
    expect(isAgedAtMost45(day("1980-11-24"), reference)).toBe(true); // 46 tomorrow
  });

  it("does not count one who has turned 46", () => {
    expect(isAgedAtMost45(day("1980-11-23"), reference)).toBe(false); // 46th birthday today
  });
});

describe("completedTerms and isDueForRotation", () => {
  it("defaults to three-year terms", () => {
    expect(DEFAULT_TERM_YEARS).toBe(3);
  });

  it("becomes due on the day the second term ends", () => {
    // Started 2020-09-01: five full years on 2026-08-31, six on 2026-09-01.
    expect(completedTerms(day("2020-09-01"), day("2026-08-31"))).toBe(1);
    expect(isDueForRotation(day("2020-09-01"), day("2026-08-31"))).toBe(false);
    expect(completedTerms(day("2020-09-01"), day("2026-09-01"))).toBe(2);
    expect(isDueForRotation(day("2020-09-01"), day("2026-09-01"))).toBe(true);
  });

  it("uses the configured term length", () => {
    // Six years of service are one four-year term, or three two-year terms.
    expect(completedTerms(day("2020-09-01"), day("2026-09-01"), 4)).toBe(1);
    expect(isDueForRotation(day("2020-09-01"), day("2026-09-01"), 4)).toBe(false);
    expect(completedTerms(day("2020-09-01"), day("2026-09-01"), 2)).toBe(3);
  });

  it("counts no term for a post that has not started", () => {
    expect(completedTerms(day("2026-12-01"), reference)).toBe(0);
  });

  it("rejects a term that is not a whole number of years", () => {
    expect(() => completedTerms(day("2020-09-01"), reference, 0)).toThrow(RangeError);
    expect(() => completedTerms(day("2020-09-01"), reference, 2.5)).toThrow(RangeError);
  });
});

describe("ruralPrincipalsAgedAtMost45Share", () => {
  it("gives the share in percent", () => {
    expect(
      valueOf(ruralPrincipalsAgedAtMost45Share({ ruralPrincipals: 50, ruralPrincipalsAgedAtMost45: 27 })),
    ).toBe(54);
  });

  it("is not computable without rural principals", () => {
    expect(ruralPrincipalsAgedAtMost45Share({ ruralPrincipals: 0, ruralPrincipalsAgedAtMost45: 0 })).toEqual({
      computable: false,
      reason: "no_principals",
    });
  });
});
