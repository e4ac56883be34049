import { describe, expect, it } from "vitest";
import {
  DEFAULT_TERM_YEARS,
  completedTerms,
  isAgedAtMost45,
  isDueForRotation,
  rotationDueSince,
  ruralPrincipalsAgedAtMost45Share,
  youngPrincipalBornAfter,
} from "@/lib/indicators/formulas/principals";
import { ageOn } from "@/lib/utils/periods";
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

  it("gives the SQL the day a principal born after counts", () => {
    expect(youngPrincipalBornAfter(reference)).toEqual(day("1980-11-23"));
    // On 29 February 2024 one born on 1 March 1978 is still 45 (the SQL used to say 46: 1978-02-29 rolled over).
    expect(youngPrincipalBornAfter(day("2024-02-29"))).toEqual(day("1978-02-28"));
    expect(isAgedAtMost45(day("1978-03-01"), day("2024-02-29"))).toBe(true);
    expect(isAgedAtMost45(day("1978-02-28"), day("2024-02-29"))).toBe(false);
  });

  it("agrees with the age in whole years on every day of a leap cycle", () => {
    const mismatches = daysAround(youngPrincipalBornAfter, (born, on) =>
      isAgedAtMost45(born, on) === ageOn(born, on) <= 45 ? null : `${isoOf(born)} on ${isoOf(on)}`,
    );
    expect(mismatches).toEqual([]);
  });
});

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Every reference day of 2023–2026 (a leap cycle) with the days around the cut-off `cutOffOf` gives for it: the
 * messages `check` returns where predicate and definition disagree.
 */
function daysAround(
  cutOffOf: (on: Date) => Date,
  check: (around: Date, on: Date) => string | null,
): string[] {
  const mismatches: string[] = [];
  for (let offset = 0; offset < 4 * 366; offset += 1) {
    const on = new Date(Date.UTC(2023, 0, 1 + offset));
    for (let delta = -3; delta <= 3; delta += 1) {
      const message = check(new Date(cutOffOf(on).getTime() + delta * 86_400_000), on);
      if (message) mismatches.push(message);
    }
  }
  return mismatches;
}

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

  it("gives the SQL the day a post must have started by to be due", () => {
    expect(rotationDueSince(day("2026-09-01"))).toEqual(day("2020-09-01"));
    expect(rotationDueSince(day("2026-09-01"), 4)).toEqual(day("2018-09-01"));
    // Two three-year terms started on 1 March 2018 end on 1 March 2024, not on 29 February.
    expect(isDueForRotation(day("2018-03-01"), day("2024-02-29"))).toBe(false);
    expect(isDueForRotation(day("2018-02-28"), day("2024-02-29"))).toBe(true);
  });

  it("is due exactly when two whole terms are completed", () => {
    for (const termYears of [2, 3, 5]) {
      const mismatches = daysAround(
        (on) => rotationDueSince(on, termYears),
        (started, on) =>
          isDueForRotation(started, on, termYears) === completedTerms(started, on, termYears) >= 2
            ? null
            : `${isoOf(started)} on ${isoOf(on)} (${termYears})`,
      );
      expect(mismatches).toEqual([]);
    }
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
