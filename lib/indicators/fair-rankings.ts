// Fair rankings (issue 20, decision 0039): a count or amount that adds up over schools is shown per school, per 100
// pupils or per teacher so that a large county does not lead on size alone, and units are ranked among peers of
// their kind, their size or their share of rural schools, with the group stated beside every rank. Pure: unit-tested.
import type { CountyKind, RollUp, ValueType } from "@/lib/generated/prisma/enums";
import { PEER_GROUPS, type PeerGroup } from "./dashboard";
import type { IndicatorRow } from "./indicator-rows";
import { notComputable, type IndicatorResult, type NotComputableReason } from "./result";

/** How a figure is shown: as counted, or divided by one of the unit's bases. */
export const NORMALISATIONS = ["raw", "per_school", "per_100_pupils", "per_teacher"] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export function isNormalisation(value: unknown): value is Normalisation {
  return typeof value === "string" && (NORMALISATIONS as readonly string[]).includes(value);
}

/**
 * A unit's bases on the day of its figures (lib/data/targets/load-county-bases.ts): open schools, their pupils, their
 * counted full-time teachers, and how many of the schools are rural (镇区 + 乡村).
 */
export interface UnitBases {
  schools: number;
  enrolment: number;
  teachers: number;
  ruralSchools: number;
}

/** The base each normalisation divides by, and the count of it the result is per (100 pupils, 1 school). */
export const NORMALISATION_BASES = {
  per_school: { base: "schools", per: 1, missing: "no_schools" },
  per_100_pupils: { base: "enrolment", per: 100, missing: "zero_enrolment" },
  per_teacher: { base: "teachers", per: 1, missing: "no_teachers" },
} as const satisfies Record<
  Exclude<Normalisation, "raw">,
  { base: keyof UnitBases; per: number; missing: NotComputableReason }
>;

/** Decimals a normalised figure is shown with: 0.48 classes per 100 pupils must not read as 0. */
export const NORMALISED_VALUE_TYPE: ValueType = "RATIO";

/** Only figures that add up over schools may be divided by a base; a share or ratio already is one. */
const NORMALISABLE_VALUE_TYPES: readonly ValueType[] = ["COUNT", "AMOUNT"];

export function isNormalisable(definition: { valueType: ValueType; cityRollUp: RollUp }): boolean {
  return NORMALISABLE_VALUE_TYPES.includes(definition.valueType) && definition.cityRollUp === "SUM";
}

/**
 * The figure as shown under `normalisation`: itself when raw or when the indicator may not be normalised; null when
 * the base is missing or zero (a county with no schools has no figure per school, not an infinite one).
 */
export function normalise(
  value: number | null,
  definition: { valueType: ValueType; cityRollUp: RollUp },
  bases: UnitBases | null | undefined,
  normalisation: Normalisation,
): number | null {
  if (value === null || normalisation === "raw" || !isNormalisable(definition)) return value;
  const { base, per } = NORMALISATION_BASES[normalisation];
  const divisor = bases?.[base];
  if (!divisor || divisor <= 0) return null;
  return (value * per) / divisor;
}

/** Ways of forming peer groups: by kind of division, by enrolment band, by share of rural schools. */
export const PEER_SCHEMES = ["kind", "size", "rural"] as const;
export type PeerScheme = (typeof PEER_SCHEMES)[number];

export function isPeerScheme(value: unknown): value is PeerScheme {
  return typeof value === "string" && (PEER_SCHEMES as readonly string[]).includes(value);
}

export const SIZE_BANDS = ["small", "medium", "large"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
/** A unit with at least this share of rural schools is "mostly rural" (the programme's rural = 镇区 + 乡村). */
export const RURAL_MAJORITY_SHARE = 0.5;
export const RURAL_GROUPS = ["mostly_rural", "mostly_urban"] as const;
export type RuralGroup = (typeof RURAL_GROUPS)[number];

/** A group of a scheme: its key under `dashboard.peer.<scheme>.<group>` in the messages. */
export type PeerGroupKey = PeerGroup | SizeBand | RuralGroup;

export interface PeerUnit {
  id: number;
  countyKind?: CountyKind;
  bases?: UnitBases | null;
}

function kindGroup(kind: CountyKind | undefined): PeerGroup | null {
  if (kind === undefined) return null;
  const entry = Object.entries(PEER_GROUPS).find(([, kinds]) =>
    (kinds as readonly CountyKind[]).includes(kind),
  );
  return (entry?.[0] as PeerGroup | undefined) ?? null;
}

/**
 * The group of each unit under `scheme`, null where it cannot be placed (unknown kind; no pupils for a size band; no
 * schools for the rural share).
 * Size bands are terciles of the units compared (the city's counties): sorted by pupils, the first third is small,
 * the next medium, the rest large; units with equal pupils share the band of the first of them.
 */
export function peerGroupsOf(
  units: readonly PeerUnit[],
  scheme: PeerScheme,
): Map<number, PeerGroupKey | null> {
  const groups = new Map<number, PeerGroupKey | null>();
  if (scheme === "kind") {
    for (const unit of units) groups.set(unit.id, kindGroup(unit.countyKind));
    return groups;
  }
  if (scheme === "rural") {
    for (const unit of units) {
      const schools = unit.bases?.schools ?? 0;
      groups.set(
        unit.id,
        schools > 0
          ? unit.bases!.ruralSchools / schools >= RURAL_MAJORITY_SHARE
            ? "mostly_rural"
            : "mostly_urban"
          : null,
      );
    }
    return groups;
  }
  const sized = units
    .filter((unit) => (unit.bases?.enrolment ?? 0) > 0)
    .sort((a, b) => a.bases!.enrolment - b.bases!.enrolment || a.id - b.id);
  let previous: { enrolment: number; band: SizeBand } | null = null;
  sized.forEach((unit, index) => {
    const enrolment = unit.bases!.enrolment;
    const band: SizeBand =
      previous && previous.enrolment === enrolment
        ? previous.band
        : SIZE_BANDS[Math.floor((index * SIZE_BANDS.length) / sized.length)]!;
    previous = { enrolment, band };
    groups.set(unit.id, band);
  });
  for (const unit of units) if (!groups.has(unit.id)) groups.set(unit.id, null);
  return groups;
}

export interface GroupRank {
  group: PeerGroupKey;
  /** 1 = best in the group; equal figures share the better rank and the next rank is skipped (1, 2, 2, 4) */
  rank: number;
  /** Units of the group with a figure */
  of: number;
}

/**
 * Each unit's rank within its group by `value`, best first: higher is better for "desc" (an AT_LEAST indicator),
 * lower for "asc" (AT_MOST). A unit without a figure or without a group has no rank.
 */
export function rankWithinGroups(
  entries: readonly { id: number; group: PeerGroupKey | null; value: number | null }[],
  direction: "asc" | "desc",
): Map<number, GroupRank> {
  const ranks = new Map<number, GroupRank>();
  const byGroup = new Map<PeerGroupKey, { id: number; value: number }[]>();
  for (const entry of entries) {
    if (entry.group === null || entry.value === null || !Number.isFinite(entry.value)) continue;
    byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), { id: entry.id, value: entry.value }]);
  }
  for (const [group, members] of byGroup) {
    const better = (a: number, b: number) => (direction === "desc" ? a > b : a < b);
    for (const member of members)
      ranks.set(member.id, {
        group,
        rank: 1 + members.filter((other) => better(other.value, member.value)).length,
        of: members.length,
      });
  }
  return ranks;
}

/** A unit's result under `normalisation`, with the reason when its base is zero; as it is for raw or a share. */
export function normalisedResult(
  result: IndicatorResult | null,
  definition: { valueType: ValueType; cityRollUp: RollUp },
  bases: UnitBases | null | undefined,
  normalisation: Normalisation,
): IndicatorResult | null {
  if (!result?.computable || normalisation === "raw" || !isNormalisable(definition)) return result;
  const value = normalise(result.value, definition, bases, normalisation);
  return value === null
    ? notComputable(NORMALISATION_BASES[normalisation].missing)
    : { computable: true, value };
}

export interface FairTableOptions {
  bases: ReadonlyMap<number, UnitBases> | null;
  normalisation: Normalisation;
  scheme: PeerScheme;
  /** The indicator ranked within groups (the sorted column), if any */
  rankKey: string | null;
}

export interface FairTable {
  groups: Map<number, PeerGroupKey | null>;
  ranks: Map<number, GroupRank>;
  /** The figure a cell shows */
  resultOf: (unitId: number, row: IndicatorRow | undefined) => IndicatorResult | null;
}

/**
 * What a units × indicators table (the city's counties, or a province's cities) shows under the chosen figures and
 * peer groups: each unit's group, its rank in its group on `rankKey` (best by the indicator's direction), and each
 * cell's figure. Generic over units: anything with an id, rows and, for the kind scheme, a county kind.
 */
export function fairTable(
  units: readonly { id: number; countyKind?: CountyKind; rows: readonly IndicatorRow[] }[],
  { bases, normalisation, scheme, rankKey }: FairTableOptions,
): FairTable {
  const basesOf = (id: number) => bases?.get(id) ?? null;
  const resultOf = (unitId: number, row: IndicatorRow | undefined) =>
    row ? normalisedResult(row.value?.result ?? null, row.definition, basesOf(unitId), normalisation) : null;
  const groups = peerGroupsOf(
    units.map((unit) => ({ id: unit.id, countyKind: unit.countyKind, bases: basesOf(unit.id) })),
    scheme,
  );
  const definition = rankKey
    ? units.flatMap((unit) => unit.rows.filter((row) => row.definition.key === rankKey))[0]?.definition
    : undefined;
  const ranks = definition
    ? rankWithinGroups(
        units.map((unit) => {
          const result = resultOf(
            unit.id,
            unit.rows.find((row) => row.definition.key === definition.key),
          );
          return {
            id: unit.id,
            group: groups.get(unit.id) ?? null,
            value: result?.computable ? result.value : null,
          };
        }),
        definition.direction === "AT_MOST" ? "asc" : "desc",
      )
    : new Map<number, GroupRank>();
  return { groups, ranks, resultOf };
}
