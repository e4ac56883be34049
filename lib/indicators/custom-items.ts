// How a collection's custom items (decision 0044) add up and read like catalogue indicators: the figure of a scope
// from its counties' approved values, the latest value, and completeness (decision 0047).
import type { ValueType } from "@/lib/generated/prisma/enums";

/**
 * Value types whose scope figure is the mean of the counties' values: a share or a ratio does not add up over
 * counties. Counts, amounts, decimals and yes/no answers (1 = yes: how many counties answer yes) add up.
 * Passed to the figures' SQL as a parameter.
 */
export const MEAN_VALUE_TYPES = ["PERCENT", "RATIO"] as const satisfies readonly ValueType[];

export type CustomItemRollUp = "SUM" | "MEAN";

export function customItemRollUp(valueType: ValueType): CustomItemRollUp {
  return (MEAN_VALUE_TYPES as readonly ValueType[]).includes(valueType) ? "MEAN" : "SUM";
}

/** One period's figure of an item: the approved value(s) and how many of the expected reports carry one. */
export interface CustomItemPeriodFigure {
  /** Sum or mean of the approved values; null while no approved report carries one */
  value: number | null;
  /** Approved reports with a value */
  reported: number;
  /** Reports expected: the period's reports in the scope */
  expected: number;
}

/**
 * An item's figures per period in the scope (`countyId` null), or one county's of it; no figures for a county the
 * item has no breakdown for.
 */
export function figuresOf(
  item: {
    periods: CustomItemPeriodFigure[];
    counties: { countyId: number; periods: CustomItemPeriodFigure[] }[];
  },
  countyId: number | null,
): CustomItemPeriodFigure[] {
  if (countyId === null) return item.periods;
  return item.counties.find((county) => county.countyId === countyId)?.periods ?? [];
}

export interface CustomItemSummary<Period> {
  /** The most recent period with an approved value, and that value */
  latest: { period: Period; value: number } | null;
  /** Completeness of the most recent opened period (the one being reported now) */
  current: { period: Period; reported: number; expected: number; share: number | null } | null;
  /** The values of the periods that have one, oldest first (the trend) */
  trend: { period: Period; value: number }[];
}

/**
 * Summarises an item's periods (oldest first, aligned with `figures`): its latest value, the current period's
 * completeness (share null when no report is expected) and its trend.
 */
export function summariseCustomItem<Period>(
  periods: readonly Period[],
  figures: readonly CustomItemPeriodFigure[],
): CustomItemSummary<Period> {
  const trend = periods.flatMap((period, index) => {
    const value = figures[index]?.value ?? null;
    return value === null ? [] : [{ period, value }];
  });
  const lastIndex = periods.length - 1;
  const last = figures[lastIndex] ?? { value: null, reported: 0, expected: 0 };
  return {
    latest: trend.at(-1) ?? null,
    current:
      lastIndex < 0
        ? null
        : {
            period: periods[lastIndex]!,
            reported: last.reported,
            expected: last.expected,
            share: last.expected === 0 ? null : last.reported / last.expected,
          },
    trend,
  };
}
