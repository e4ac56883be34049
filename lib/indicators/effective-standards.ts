// Which threshold rows are in force, and the shape the formulas take them in. Standards are data: a city's own copy
// of a set replaces the provincial one, an overriding set (Shandong's 8000 CNY) replaces the rows it restates, and
// of several rows for the same item the latest one in effect wins.
import type { Comparator, SchoolLevel, ThresholdConfidence } from "@/lib/generated/prisma/enums";
import type { EffectiveStandards } from "./computed-indicators";
import { CLASS_TWO_KEYS, type ClassTwoKey, type ClassTwoThreshold } from "./formulas/facility-checks";
import { RESOURCE_INDICATOR_KEYS, type ResourceThresholds } from "./formulas/quality-balanced";
import { STANDARD_SET_KEYS } from "./standards-catalogue";

export interface ThresholdRow {
  id: number;
  setKey: string;
  setCityId: number | null;
  overridesKey: string | null;
  indicatorKey: string;
  schoolLevel: SchoolLevel | null;
  minClasses: number | null;
  maxClasses: number | null;
  comparator: Comparator;
  value: number | null;
  unit: string;
  effectiveFrom: Date;
  source: string;
  confidence: ThresholdConfidence;
  note: string | null;
  /** The row's set holds sample values loaded by the demo (示例（非官方）), not an official standard */
  isSample?: boolean;
}

/** Indicators judged against the Class Ⅱ standard: their figures carry the sample mark when its values are a sample. */
export const CLASS_TWO_INDICATOR_KEYS: readonly string[] = ["town_seat_schools_class2_share"];

/** Whether any value in force is a demo sample: every page, card and briefing using them says 示例（非官方）. */
export function usesSampleStandards(rows: readonly Pick<ThresholdRow, "isSample">[]): boolean {
  return rows.some((row) => row.isSample === true);
}

const itemKey = (row: Pick<ThresholdRow, "indicatorKey" | "schoolLevel" | "minClasses" | "maxClasses">) =>
  `${row.indicatorKey}|${row.schoolLevel ?? "*"}|${row.minClasses ?? ""}-${row.maxClasses ?? ""}`;

/** The rows in force on `asOf` for a city, from all sets it can see (national/provincial and its own). */
export function rowsInForce(rows: readonly ThresholdRow[], cityId: number, asOf: Date): ThresholdRow[] {
  const current = rows.filter(
    (row) => row.effectiveFrom <= asOf && (row.setCityId === null || row.setCityId === cityId),
  );
  // A city's copy of a set replaces the shared set of the same key.
  const citySets = new Set(current.filter((row) => row.setCityId === cityId).map((row) => row.setKey));
  const visible = current.filter((row) => row.setCityId !== null || !citySets.has(row.setKey));
  // Latest effective row per set and item.
  const latest = new Map<string, ThresholdRow>();
  for (const row of visible) {
    const key = `${row.setKey}|${itemKey(row)}`;
    const held = latest.get(key);
    if (!held || held.effectiveFrom < row.effectiveFrom) latest.set(key, row);
  }
  // An overriding set replaces the overridden set's rows for the same item.
  const inForce = [...latest.values()];
  const overridden = new Set(
    inForce.filter((row) => row.overridesKey !== null).map((row) => `${row.overridesKey}|${itemKey(row)}`),
  );
  return inForce.filter((row) => !overridden.has(`${row.setKey}|${itemKey(row)}`));
}

/** The threshold value of an item for a level (a row for "every level" applies when none is specific). */
export function thresholdValue(
  rows: readonly ThresholdRow[],
  indicatorKey: string,
  schoolLevel: SchoolLevel | null = null,
): number | null {
  const candidates = rows.filter(
    (row) => row.indicatorKey === indicatorKey && row.minClasses === null && row.maxClasses === null,
  );
  const specific = candidates.find((row) => row.schoolLevel === schoolLevel);
  const general = candidates.find((row) => row.schoolLevel === null);
  return (specific ?? general)?.value ?? null;
}

/** The standards in the shape the computed indicators take. */
export function toEffectiveStandards(rows: readonly ThresholdRow[]): EffectiveStandards {
  const resource = (level: SchoolLevel) =>
    Object.fromEntries(
      RESOURCE_INDICATOR_KEYS.map((key) => [key, thresholdValue(rows, key, level)]),
    ) as ResourceThresholds;
  const classTwoRows = rows.filter(
    (row) =>
      row.setKey === STANDARD_SET_KEYS.shandongClass2 &&
      (CLASS_TWO_KEYS as readonly string[]).includes(row.indicatorKey),
  );
  const classTwo: Partial<Record<SchoolLevel, ClassTwoThreshold[]>> = {};
  for (const row of classTwoRows) {
    if (row.schoolLevel === null) continue;
    (classTwo[row.schoolLevel] ??= []).push({
      indicatorKey: row.indicatorKey as ClassTwoKey,
      minClasses: row.minClasses,
      maxClasses: row.maxClasses,
      value: row.value,
    });
  }
  const sizeLimit = (level: SchoolLevel) =>
    thresholdValue(rows, "school_size_violations", level) ?? undefined;
  return {
    resourceThresholds: { PRIMARY: resource("PRIMARY"), JUNIOR: resource("JUNIOR") },
    cvLimits: {
      PRIMARY: thresholdValue(rows, "qb_cv_primary", "PRIMARY"),
      JUNIOR: thresholdValue(rows, "qb_cv_junior", "JUNIOR"),
    },
    schoolSizeLimits: Object.fromEntries(
      (["PRIMARY", "JUNIOR", "NINE_YEAR"] as const).flatMap((level) => {
        const limit = sizeLimit(level);
        return limit === undefined ? [] : [[level, limit]];
      }),
    ),
    classesPerMusicArtRoom: thresholdValue(rows, "music_art_rooms_short_schools"),
    classTwo,
    preschoolInclusiveMin: thresholdValue(rows, "pre_inclusive_coverage", "KINDERGARTEN"),
    preschoolPublicMin: thresholdValue(rows, "pre_public_share", "KINDERGARTEN"),
  };
}
