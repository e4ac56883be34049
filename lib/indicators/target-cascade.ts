// How a city's target is broken down to its counties and whether the counties' targets add up to it (decision 0035).
// The rule follows the indicator's roll-up (decision 0034): a count or an amount (the city's figure is the counties'
// sum) is split so that the parts add up to the whole; a share or a ratio (the city's figure is their mean) passes
// down as it is. Pure: the data layer loads the bases and the targets and asks these functions.
import type { IndicatorDirection, RollUp, ValueType } from "@/lib/generated/prisma/enums";

/** What a split can be in proportion to: each county's figure of the current register (lib/data/targets). */
export const SPLIT_BASES = ["enrolment", "schools", "teachers"] as const;
export type SplitBase = (typeof SPLIT_BASES)[number];
/** A split in proportion to a base, or typed in county by county. */
export const SPLIT_METHODS = [...SPLIT_BASES, "manual"] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/**
 * The base a share's counties are weighted by in the roll-up check: a share of pupils or schools is, for the city,
 * the counties' shares weighted by their pupils (the issue's "enrolment-weighted result").
 */
export const SHARE_WEIGHT_BASE: SplitBase = "enrolment";

/** Decimals a split part is given to: whole units for a count, 0.01 (100 CNY of 万元) for an amount. */
const SPLIT_DECIMALS: Partial<Record<ValueType, number>> = { COUNT: 0, AMOUNT: 2 };
/** Targets are kept as DECIMAL(18, 4): two figures equal to four decimals are equal. */
const TARGET_DECIMALS = 4;

export type CascadeRule = "split" | "passDown";
export type RollUpRule = "sum" | "weightedMean" | "eachCounty";

/** Whether a city target of the indicator is split among its counties or passes down to each as it is. */
export function cascadeRuleOf(indicator: { cityRollUp: RollUp }): CascadeRule {
  return indicator.cityRollUp === "SUM" ? "split" : "passDown";
}

/** The decimals a split of the indicator's target is made to; null when its targets are not split. */
export function splitDecimalsOf(indicator: { cityRollUp: RollUp; valueType: ValueType }): number | null {
  if (cascadeRuleOf(indicator) !== "split") return null;
  return SPLIT_DECIMALS[indicator.valueType] ?? 2;
}

/** How the counties' targets are checked against the city's: summed, weighted, or each on its own. */
export function rollUpRuleOf(indicator: { cityRollUp: RollUp; valueType: ValueType }): RollUpRule {
  if (indicator.cityRollUp === "SUM") return "sum";
  // A share's city figure is its counties' weighted result; a ratio (urban:rural 1.05, a coefficient of
  // variation, a teacher:child ratio) has no meaningful weighted mean of targets, so each county must meet it.
  return indicator.valueType === "PERCENT" ? "weightedMean" : "eachCounty";
}

/**
 * A unit of a split or a roll-up check: a county of a city, or one level up a city of the province (decision 0041),
 * whose id then stands in `countyId`; the rules are the same at both levels.
 */
export interface SplitUnit {
  countyId: number;
  /** Official county code; ties are broken by it (units without one after those with one), then by id. */
  code: string | null;
  base: number;
}

export interface SplitPart {
  countyId: number;
  value: number;
}

export type SplitResult =
  | { ok: true; parts: SplitPart[] }
  | { ok: false; reason: "noUnits" | "allBasesZero" | "negativeBase" | "notInUnits" };

/** The value in whole steps of 10^-decimals (exact, from its decimal digits), or null when it has finer digits. */
function toSteps(value: number, decimals: number): bigint | null {
  if (!Number.isFinite(value)) return null;
  const fixed = value.toFixed(decimals);
  if (Number(fixed) !== value) return null;
  return BigInt(fixed.replace(".", ""));
}
/** Nearest step, for figures that are only compared (a part with finer digits is reported separately). */
const nearestSteps = (value: number, decimals: number) => BigInt(value.toFixed(decimals).replace(".", ""));
function fromSteps(steps: bigint, decimals: number): number {
  if (decimals === 0) return Number(steps);
  const sign = steps < 0n ? "-" : "";
  const digits = (steps < 0n ? -steps : steps).toString().padStart(decimals + 1, "0");
  return Number(`${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`);
}

function tieOrder(a: SplitUnit, b: SplitUnit): number {
  if (a.code !== b.code) {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    return a.code < b.code ? -1 : 1;
  }
  return a.countyId - b.countyId;
}

/**
 * Splits `total` among the units in proportion to their bases by the largest-remainder method (Hamilton): each unit
 * gets the whole steps of its exact quota, and the steps left over go one each to the largest remainders, so the
 * parts add up to the total exactly. Equal remainders go by county code, then id, so the same data always gives
 * the same split. Bases are integers (pupils, schools, teachers) and the arithmetic is exact (BigInt).
 */
export function splitByBase(total: number, units: readonly SplitUnit[], decimals: number): SplitResult {
  if (units.length === 0) return { ok: false, reason: "noUnits" };
  if (units.some((unit) => unit.base < 0 || !Number.isInteger(unit.base)))
    return { ok: false, reason: "negativeBase" };
  const steps = toSteps(total, decimals);
  if (steps === null || steps < 0n) return { ok: false, reason: "notInUnits" };
  const bases = units.map((unit) => BigInt(unit.base));
  const sum = bases.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return { ok: false, reason: "allBasesZero" };
  const shares = units.map((unit, index) => ({
    unit,
    whole: (steps * bases[index]!) / sum,
    remainder: (steps * bases[index]!) % sum,
  }));
  let left = steps - shares.reduce((a, share) => a + share.whole, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? tieOrder(a.unit, b.unit) : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.whole += 1n;
    left -= 1n;
  }
  return {
    ok: true,
    parts: shares.map((share) => ({
      countyId: share.unit.countyId,
      value: fromSteps(share.whole, decimals),
    })),
  };
}

export interface ManualSplitCheck {
  /** The parts add up to the total exactly (in steps of the split's decimals) */
  isExact: boolean;
  sum: number;
  /** total − sum: above zero the parts fall short, below zero they exceed the total */
  gap: number;
  /** Counties whose part has finer digits than the split allows */
  notInUnits: number[];
}

/** Checks a split typed in by hand: do the parts add up to the whole? */
export function checkManualSplit(
  total: number,
  parts: readonly SplitPart[],
  decimals: number,
): ManualSplitCheck {
  const notInUnits = parts.filter((part) => toSteps(part.value, decimals) === null).map((p) => p.countyId);
  const sumSteps = parts.reduce((a, part) => a + nearestSteps(part.value, decimals), 0n);
  const totalSteps = nearestSteps(total, decimals);
  return {
    isExact: notInUnits.length === 0 && sumSteps === totalSteps,
    sum: fromSteps(sumSteps, decimals),
    gap: fromSteps(totalSteps - sumSteps, decimals),
    notInUnits,
  };
}

export interface RollUpCounty {
  countyId: number;
  /** The county's own target with the city target's deadline; null when none is set */
  target: number | null;
  /** Its weight in a share's roll-up (SHARE_WEIGHT_BASE) */
  weight: number;
}

export interface RollUpCheck {
  rule: RollUpRule;
  parentTarget: number;
  /** What the counties' targets come to under the rule: their sum, their weighted mean, or the weakest one */
  achieved: number | null;
  isOk: boolean;
  /** How far the counties' targets are from the city's (in the indicator's unit), 0 when they reach it */
  gap: number;
  /** Counties with no target of their own */
  missing: number[];
  /** eachCounty: counties whose own target is weaker than the city's */
  failing: number[];
  /** weightedMean: the weights were all zero, so the counties counted equally */
  isUnweighted: boolean;
}

const round = (value: number) => Number(value.toFixed(TARGET_DECIMALS));

/** How far `value` falls short of `target` in the indicator's direction (0 when it meets it). */
function shortfall(value: number, target: number, direction: IndicatorDirection): number {
  const gap = direction === "AT_MOST" ? value - target : target - value;
  return Math.max(0, round(gap));
}

/**
 * Whether the counties' targets reach the city's (issue 20, decision 0035):
 * - sum (counts, amounts): the counties' targets add up to at least the city's (at most, for a "lower is better"
 *   count such as 失学辍学人数); a county without a target counts 0 and is listed.
 * - weightedMean (shares): the counties' targets weighted by SHARE_WEIGHT_BASE reach the city's; a county without
 *   its own target inherits the city's (decision 0034), counts at it, and is listed.
 * - eachCounty (ratios): every county's own target is at least as strict as the city's; a county without one
 *   inherits the city's and is listed.
 */
export function checkRollUp(
  indicator: { cityRollUp: RollUp; valueType: ValueType; direction: IndicatorDirection },
  parentTarget: number,
  counties: readonly RollUpCounty[],
): RollUpCheck {
  const rule = rollUpRuleOf(indicator);
  const missing = counties.filter((county) => county.target === null).map((county) => county.countyId);
  const base = { rule, parentTarget, missing, failing: [] as number[], isUnweighted: false };
  if (counties.length === 0) return { ...base, achieved: null, isOk: false, gap: 0 };
  if (rule === "sum") {
    const sum = round(counties.reduce((a, county) => a + (county.target ?? 0), 0));
    const gap = shortfall(sum, parentTarget, indicator.direction);
    return { ...base, achieved: sum, isOk: gap === 0, gap };
  }
  const targetOf = (county: RollUpCounty) => county.target ?? parentTarget;
  if (rule === "weightedMean") {
    const weights = counties.reduce((a, county) => a + county.weight, 0);
    const isUnweighted = weights <= 0;
    const mean = isUnweighted
      ? counties.reduce((a, county) => a + targetOf(county), 0) / counties.length
      : counties.reduce((a, county) => a + targetOf(county) * county.weight, 0) / weights;
    const achieved = round(mean);
    const gap = shortfall(achieved, parentTarget, indicator.direction);
    return { ...base, isUnweighted, achieved, isOk: gap === 0, gap };
  }
  const gaps = counties.map((county) => ({
    countyId: county.countyId,
    gap: shortfall(targetOf(county), parentTarget, indicator.direction),
  }));
  const failing = gaps.filter((entry) => entry.gap > 0).map((entry) => entry.countyId);
  const weakest = counties.reduce(
    (worst, county) =>
      (indicator.direction === "AT_MOST" ? targetOf(county) > worst : targetOf(county) < worst)
        ? targetOf(county)
        : worst,
    targetOf(counties[0]!),
  );
  const gap = Math.max(0, ...gaps.map((entry) => entry.gap));
  return { ...base, failing, achieved: round(weakest), isOk: failing.length === 0, gap };
}
