// A target for an indicator and org unit: the county's own, else the city's default, else the programme target of
// the policy text (catalogue). Of several deadlines the nearest one not yet passed applies, else the last one.
//
// Which targets pass down depends on how the city's figure is made of its counties' (decision 0034): a share or a
// ratio (the city's figure is the counties' mean) passes down as it is; a count or an amount (the city's figure is
// their sum) is a total of the whole city, so it never applies to one county: a county has such a target only when
// one is set for it.
import type { RollUp } from "@/lib/generated/prisma/enums";

export interface TargetRow {
  indicatorKey: string;
  countyId: number | null;
  value: number;
  deadlineYear: number;
}

export interface ResolvedTarget {
  value: number;
  deadlineYear: number | null;
  source: "county" | "city" | "policy";
}

export interface TargetedIndicator {
  key: string;
  defaultTarget: number | null;
  defaultDeadlineYear: number | null;
  cityRollUp: RollUp;
}

function nearest(rows: readonly TargetRow[], year: number): TargetRow | undefined {
  const sorted = [...rows].sort((a, b) => a.deadlineYear - b.deadlineYear);
  return sorted.find((row) => row.deadlineYear >= year) ?? sorted.at(-1);
}

export function resolveTarget(
  indicator: TargetedIndicator,
  targets: readonly TargetRow[],
  countyId: number | null,
  year: number,
): ResolvedTarget | null {
  const own = targets.filter((row) => row.indicatorKey === indicator.key);
  const county =
    countyId === null
      ? undefined
      : nearest(
          own.filter((row) => row.countyId === countyId),
          year,
        );
  if (county) return { value: county.value, deadlineYear: county.deadlineYear, source: "county" };
  if (countyId !== null && judgedOnOwnTargetOnly(indicator)) return null;
  const city = nearest(
    own.filter((row) => row.countyId === null),
    year,
  );
  if (city) return { value: city.value, deadlineYear: city.deadlineYear, source: "city" };
  if (indicator.defaultTarget === null) return null;
  return { value: indicator.defaultTarget, deadlineYear: indicator.defaultDeadlineYear, source: "policy" };
}

/**
 * A count or an amount (its city figure is the counties' sum) judges a county only against the county's own target:
 * a city's or the policy's total is never compared with one county's figure (decision 0034).
 */
export function judgedOnOwnTargetOnly(indicator: { cityRollUp: RollUp }): boolean {
  return indicator.cityRollUp === "SUM";
}
