// Which figures become problems of the 整改台账 (issue 19, decision 0025). Pure: the data layer hands in the very
// school profiles, standards and county rows the dashboards show, so a generated problem is a shortfall the user
// can see there. Each rule reuses the check the indicators run; no threshold is restated here.
import type { SchoolProfile, EffectiveStandards } from "./computed-indicators";
import { HEADLINE_KEYS } from "./dashboard";
import { RESOURCE_INDICATOR_KEYS, UNMET_FLOOR } from "./formulas/quality-balanced";
import type { IndicatorRow } from "./indicator-rows";
import { schoolCompliance } from "./school-compliance";
import { isRuralLocation, PROGRAMME_SCHOOL_LEVELS } from "./urban-rural";

export const FIGURE_RULES = ["class_two", "urban_rural_group", "balanced_floor", "county_off_track"] as const;
export type FigureRule = (typeof FIGURE_RULES)[number];

/** The item a Class Ⅱ problem is about: the standard as a whole (the page lists the unmet items). */
export const CLASS_TWO_ITEM = "class_two_standard";
/** The item of a rural school outside every urban-rural group: the indicator it counts against. */
export const GROUP_ITEM = "rural_schools_in_groups_share";

export interface ProblemCandidate {
  rule: FigureRule;
  countyId: number;
  /** Null for a county's own problem */
  schoolId: number | null;
  itemKey: string;
  /** The figure now: items met (Class Ⅱ), % of the standard (balance floor), the indicator's value (county) */
  valueAtTime: number | null;
}

/**
 * A county's schools against the school rules: a town-seat school that fails the Class Ⅱ standard; a rural school
 * of the programme's levels outside every urban-rural group; a school whose value on a balanced-development
 * resource indicator is below UNMET_FLOOR (85%) of its threshold in any stage (one problem per indicator).
 */
export function schoolCandidates(
  countyId: number,
  schools: readonly SchoolProfile[],
  standards: EffectiveStandards,
): ProblemCandidate[] {
  return schools.flatMap((school) => {
    const found: ProblemCandidate[] = [];
    const base = { countyId, schoolId: school.schoolId };
    const { facility } = schoolCompliance(school, standards);
    const classTwo = facility?.classTwo;
    if (school.isTownSeat && classTwo?.applies && classTwo.computable && classTwo.verdict === "fail")
      found.push({
        ...base,
        rule: "class_two",
        itemKey: CLASS_TWO_ITEM,
        valueAtTime: classTwo.items.filter((item) => item.met === true).length,
      });
    if (
      PROGRAMME_SCHOOL_LEVELS.includes(school.level) &&
      isRuralLocation(school.locationClass) &&
      !school.inUrbanRuralGroup
    )
      found.push({ ...base, rule: "urban_rural_group", itemKey: GROUP_ITEM, valueAtTime: 0 });
    const balanced = facility?.qualityBalanced;
    if (balanced?.evaluated)
      for (const key of RESOURCE_INDICATOR_KEYS) {
        const ratios = balanced.stages.flatMap((stage) =>
          stage.items.filter((item) => item.key === key).map((item) => item.ratioToThreshold),
        );
        const lowest = Math.min(...ratios.filter((ratio): ratio is number => ratio !== null));
        if (lowest < UNMET_FLOOR)
          found.push({ ...base, rule: "balanced_floor", itemKey: key, valueAtTime: roundPercent(lowest) });
      }
    return found;
  });
}

/** A county off track on a headline target (status off_track): a problem of the county itself per indicator. */
export function countyCandidates(countyId: number, rows: readonly IndicatorRow[]): ProblemCandidate[] {
  return rows
    .filter(
      (row) =>
        (HEADLINE_KEYS as readonly string[]).includes(row.definition.key) &&
        row.status.status === "off_track",
    )
    .map((row) => ({
      rule: "county_off_track",
      countyId,
      schoolId: null,
      itemKey: row.definition.key,
      valueAtTime: row.status.current,
    }));
}

/**
 * Whether a problem from the figures is met now: its unit and item is no longer among the county's candidates. The
 * problem says so on its page; only the accepting level closes it.
 */
export function isFigureMetNow(
  problem: { countyId: number; schoolId: number | null; itemKey: string },
  countyCandidatesNow: readonly ProblemCandidate[],
): boolean {
  const key = unitItemKey(problem);
  return !countyCandidatesNow.some((candidate) => unitItemKey(candidate) === key);
}

/** The unit and item a problem is about: two problems with the same key are duplicates while either is open. */
export function unitItemKey(problem: { countyId: number; schoolId: number | null; itemKey: string }): string {
  return problem.schoolId === null
    ? `county:${problem.countyId}|${problem.itemKey}`
    : `school:${problem.schoolId}|${problem.itemKey}`;
}

/** The candidates that are not already open problems (and each unit and item once). */
export function withoutOpen(
  candidates: readonly ProblemCandidate[],
  open: readonly { countyId: number; schoolId: number | null; itemKey: string }[],
): ProblemCandidate[] {
  const seen = new Set(open.map(unitItemKey));
  return candidates.filter((candidate) => {
    const key = unitItemKey(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const roundPercent = (ratio: number) => Math.round(ratio * 1000) / 10;
