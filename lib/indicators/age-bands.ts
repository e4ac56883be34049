// The age bands teachers are shown and filtered by. The roster's filter splits at the young-principal age, so that
// "40–45" holds exactly the teachers the principal rule calls 45 or under; the dashboard pyramid goes by decade and
// keeps the years before retirement apart. The data layer filters and groups with these bounds as parameters.
import { yearsBefore } from "@/lib/utils/periods";
import { YOUNG_PRINCIPAL_MAX_AGE } from "./formulas/principals";

/** Whole years of age, both ends included; `max` null is open-ended. */
export interface AgeRange {
  min: number;
  max: number | null;
}

export const ROSTER_AGE_RANGES = {
  under30: { min: 0, max: 29 },
  "30to39": { min: 30, max: 39 },
  "40to45": { min: 40, max: YOUNG_PRINCIPAL_MAX_AGE },
  "46to54": { min: YOUNG_PRINCIPAL_MAX_AGE + 1, max: 54 },
  "55plus": { min: 55, max: null },
} as const satisfies Record<string, AgeRange>;

export type RosterAgeBand = keyof typeof ROSTER_AGE_RANGES;
export const ROSTER_AGE_BANDS = Object.keys(ROSTER_AGE_RANGES) as [RosterAgeBand, ...RosterAgeBand[]];

/** Birth dates of the ages in `range` on `on`: born on or before `lte`, and after `gt` when the range is closed. */
export function birthDateRange(range: AgeRange, on: Date): { gt?: Date; lte: Date } {
  return {
    lte: yearsBefore(on, range.min),
    ...(range.max === null ? {} : { gt: yearsBefore(on, range.max + 1) }),
  };
}

/** The pyramid's bands by their lowest age, youngest first: a teacher is in the last band whose age they reach. */
export const PYRAMID_AGE_BANDS = [
  { band: "under30", min: 0 },
  { band: "30to39", min: 30 },
  { band: "40to49", min: 40 },
  { band: "50to54", min: 50 },
  { band: "55plus", min: 55 },
] as const;

export type PyramidAgeBand = (typeof PYRAMID_AGE_BANDS)[number]["band"];

/**
 * The bounds that start the second band onwards, for SQL's width_bucket(age, bounds): bucket i is band i (an age
 * below the first bound is bucket 0, the first band).
 */
export const PYRAMID_BAND_BOUNDS: readonly number[] = PYRAMID_AGE_BANDS.slice(1).map((band) => band.min);
