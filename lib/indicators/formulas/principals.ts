// Principal and vice-principal indicators (滨州市2023年乡村教育振兴先行区建设重点任务清单 第4项). Both rules are stated
// once as the day they turn on, which the data layer passes to its SQL as a parameter: the predicates below and
// the counts in lib/data/indicators/load-school-profiles.ts cannot disagree.
import { ageOn, yearsBefore } from "@/lib/utils/periods";
import { type IndicatorResult, percentOf } from "../result";

/** Term length in years unless a city configures another (the policy says "任期" without a length). */
export const DEFAULT_TERM_YEARS = 3;

// 45周岁以下: a principal aged 45 on the reference date counts, one who has turned 46 does not.
export const YOUNG_PRINCIPAL_MAX_AGE = 45;
// 在一所学校连续任职满2个任期的校长或副校长，原则上应进行交流.
export const TERMS_BEFORE_ROTATION = 2;

/** Born after this day: aged YOUNG_PRINCIPAL_MAX_AGE or under on the reference date. */
export function youngPrincipalBornAfter(referenceDate: Date): Date {
  return yearsBefore(referenceDate, YOUNG_PRINCIPAL_MAX_AGE + 1);
}

export function isAgedAtMost45(birthDate: Date, referenceDate: Date): boolean {
  return birthDate > youngPrincipalBornAfter(referenceDate);
}

function assertTermYears(termYears: number) {
  if (!Number.isInteger(termYears) || termYears < 1) {
    throw new RangeError(`A term lasts a whole number of years, got ${termYears}`);
  }
}

/** Whole terms served in the post at one school by the reference date (0 before the first term ends). */
export function completedTerms(
  startedOn: Date,
  referenceDate: Date,
  termYears: number = DEFAULT_TERM_YEARS,
): number {
  assertTermYears(termYears);
  // ageOn counts whole years since a date, the anniversary itself included: exactly the years of service.
  return Math.max(0, Math.floor(ageOn(startedOn, referenceDate) / termYears));
}

/** In post since this day or earlier: TERMS_BEFORE_ROTATION full terms served by the reference date. */
export function rotationDueSince(referenceDate: Date, termYears: number = DEFAULT_TERM_YEARS): Date {
  assertTermYears(termYears);
  return yearsBefore(referenceDate, TERMS_BEFORE_ROTATION * termYears);
}

export function isDueForRotation(
  startedOn: Date,
  referenceDate: Date,
  termYears: number = DEFAULT_TERM_YEARS,
): boolean {
  return startedOn <= rotationDueSince(referenceDate, termYears);
}

/** Share (%) of rural principals and vice-principals aged 45 or under; ≥ 50% by 2027. */
export function ruralPrincipalsAgedAtMost45Share(counts: {
  ruralPrincipals: number;
  ruralPrincipalsAgedAtMost45: number;
}): IndicatorResult {
  return percentOf(counts.ruralPrincipalsAgedAtMost45, counts.ruralPrincipals, "no_principals");
}
