// How a county's figure of a school-reported collection comes from its schools' returns (decision 0046). Pure: the
// data layer sums in SQL over the approved returns and hands the totals here.
import type { ValueType } from "@/lib/generated/prisma/enums";

/**
 * Value types whose school figures add up to the county's: counts (pupils, teachers, classes) and amounts (CNY).
 * A percentage, ratio, decimal or yes/no of each school does not add up (the county's rate is not the sum of its
 * schools' rates, nor reliably their mean without the denominators), so the county enters those by hand.
 */
export const SUMMABLE_VALUE_TYPES = ["COUNT", "AMOUNT"] as const satisfies readonly ValueType[];

export function canRollUp(valueType: ValueType): boolean {
  return (SUMMABLE_VALUE_TYPES as readonly ValueType[]).includes(valueType);
}

/** One item summed over the county's schools in scope, as SQL counts it. */
export interface SchoolItemTotals {
  /** Sum of the approved returns' values (null when none has a value) */
  sum: number | null;
  /** Approved returns that carry a value of the item */
  approvedWithValue: number;
  /** Approved returns of the county's schools in the period */
  approved: number;
  /** Returns expected of the county's schools in the period */
  expected: number;
}

export interface CountyFigure {
  /** The county's figure, or null while no approved return carries a value */
  value: number | null;
  /** "computed from {approved} of {expected} schools" */
  approved: number;
  expected: number;
  /** Every school's return is approved: the figure is final */
  isComplete: boolean;
}

/** Decimal places a stored value keeps (DECIMAL(18,4)). */
const STORED_DECIMALS = 4;

/**
 * The county's figure of an item that rolls up: the sum of its schools' approved values. Returns in any other state
 * (a draft, one awaiting review, one returned to the school) are not in it; with no approved value there is no
 * figure rather than a misleading 0.
 */
export function countyFigureOf(totals: SchoolItemTotals): CountyFigure {
  const value =
    totals.approvedWithValue === 0 || totals.sum === null
      ? null
      : Number(totals.sum.toFixed(STORED_DECIMALS));
  return {
    value,
    approved: totals.approved,
    expected: totals.expected,
    isComplete: totals.expected > 0 && totals.approved === totals.expected,
  };
}
