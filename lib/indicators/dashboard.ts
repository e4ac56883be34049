// What the dashboards put first, and how their county tables sort and filter. Pure: unit-tested.
import type { CountyKind } from "@/lib/generated/prisma/enums";
import type { IndicatorRow } from "./indicator-rows";
import type { IndicatorResult } from "./result";

/** The programme's headline targets (reference §1), in the order the cards show them. */
export const HEADLINE_KEYS = [
  "teacher_bachelor_ratio_urban_rural",
  "town_seat_schools_class2_share",
  "rural_schools_in_groups_share",
  "rural_principals_under45_share",
  "gigabit_school_100m_class_share",
  "rural_labor_site_share",
  "town_seat_studio_share",
  "qb_schools_meeting_share",
  "counties_balanced_and_preschool_share",
] as const;

/** Columns of the county × indicator table: the headline targets a county has, and its two balance measures. */
export const HEAT_TABLE_KEYS = [
  "teacher_bachelor_ratio_urban_rural",
  "rural_teacher_bachelor_share",
  "town_seat_schools_class2_share",
  "rural_schools_in_groups_share",
  "rural_principals_under45_share",
  "gigabit_school_100m_class_share",
  "rural_labor_site_share",
  "qb_schools_meeting_share",
  "qb_cv_primary",
  "qb_cv_junior",
  "teacher_rotation_rate",
  // Counts and amounts that add up over schools, which the table can show per school, pupil or teacher (0039)
  "class_size_violations",
  "teachers_trained",
  "investment_completed",
] as const;

/** Peer groups for fair comparison: urban districts are not ranked against rural counties. */
export const PEER_GROUPS = {
  districts: ["DISTRICT"],
  counties: ["COUNTY", "COUNTY_CITY"],
  zones: ["FUNCTIONAL_ZONE"],
} as const satisfies Record<string, readonly CountyKind[]>;
export type PeerGroup = keyof typeof PEER_GROUPS;

export function isPeerGroup(value: unknown): value is PeerGroup {
  return typeof value === "string" && value in PEER_GROUPS;
}

export function inPeerGroup(kind: CountyKind | undefined, group: PeerGroup | null): boolean {
  return (
    group === null || (kind !== undefined && (PEER_GROUPS[group] as readonly CountyKind[]).includes(kind))
  );
}

export type SortDirection = "asc" | "desc";

/**
 * Org units ordered by one indicator's value; those without a value go last whatever the direction, and ties keep
 * their catalogue (sort order) position. `resultOf` gives the figure shown when it is not the row's own (normalised).
 */
export function sortByIndicator<T extends { rows: readonly IndicatorRow[] }>(
  units: readonly T[],
  key: string,
  direction: SortDirection,
  resultOf: (unit: T, row: IndicatorRow | undefined) => IndicatorResult | null | undefined = (_, row) =>
    row?.value?.result,
): T[] {
  const valueOf = (unit: T) => {
    const result = resultOf(
      unit,
      unit.rows.find((row) => row.definition.key === key),
    );
    return result?.computable ? result.value : null;
  };
  return units
    .map((unit, index) => ({ unit, index, value: valueOf(unit) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = direction === "asc" ? a.value - b.value : b.value - a.value;
      return order === 0 ? a.index - b.index : order;
    })
    .map(({ unit }) => unit);
}
