// Live feedback for one school's facility form and dashboard: each MoE 2017 resource item for each evaluated stage
// and, for town-seat schools, each Shandong Class Ⅱ per-pupil item (《山东省普通中小学校办学条件标准》（2016年）;
// 滨州市2023年重点任务清单 第3项), with what the school would have to add to meet it. The MoE judging itself is
// quality-balanced.ts's.
import {
  RELATIVE_TOLERANCE,
  type ThresholdCheck,
  type Verdict,
  checkAtLeast,
  verdictOfAllMet,
} from "../judgement";
import { type NotComputable, notComputable } from "../result";
import type { CompulsoryStage } from "../urban-rural";
import {
  type ExclusionReason,
  type QualityBalancedSchool,
  RESOURCE_SCALE,
  type ResourceIndicatorKey,
  type StageThresholds,
  judgeSchool,
} from "./quality-balanced";

export const CLASS_TWO_KEYS = [
  "c2_building_area_per_pupil",
  "c2_site_area_per_pupil",
  "c2_sports_area_per_pupil",
  "c2_books_per_pupil",
  "c2_equipment_value_per_pupil",
] as const;

export type ClassTwoKey = (typeof CLASS_TWO_KEYS)[number];

/** A Class Ⅱ threshold row for the school's level, optionally for a size band of classes (a null bound is open). */
export interface ClassTwoThreshold {
  indicatorKey: ClassTwoKey;
  minClasses: number | null;
  maxClasses: number | null;
  /** null = not configured */
  value: number | null;
}

export interface FacilitySchool extends QualityBalancedSchool {
  isTownSeat: boolean;
  classes: number;
  /** m² */
  buildingArea: number;
  /** m² */
  siteArea: number;
  books: number;
}

export interface FacilityItemCheck<Key extends string> extends ThresholdCheck<Key> {
  /**
   * What the school must add to meet the threshold, in the item's own unit (teachers, rooms, m², CNY, volumes),
   * rounded up to a whole one; 0 when met, null when the threshold is not configured.
   */
  shortfall: number | null;
}

export interface StageFacilityCheck {
  stage: CompulsoryStage;
  enrolment: number;
  metCount: number;
  verdict: Verdict;
  items: FacilityItemCheck<ResourceIndicatorKey>[];
}

export type QualityBalancedFacilityCheck =
  | { evaluated: true; stages: StageFacilityCheck[]; verdict: Verdict }
  | { evaluated: false; reason: ExclusionReason };

export type ClassTwoFacilityCheck =
  | { applies: false }
  | { applies: true; computable: true; items: FacilityItemCheck<ClassTwoKey>[]; verdict: Verdict }
  | ({ applies: true } & NotComputable);

/** The two standards are separate indicators, so each keeps its own verdict. */
export interface FacilityCheck {
  qualityBalanced: QualityBalancedFacilityCheck;
  classTwo: ClassTwoFacilityCheck;
}

export function checkFacilities(
  school: FacilitySchool,
  thresholds: { qualityBalanced: StageThresholds; classTwo: readonly ClassTwoThreshold[] },
): FacilityCheck {
  return {
    qualityBalanced: qualityBalancedCheck(school, thresholds.qualityBalanced),
    classTwo: classTwoCheck(school, thresholds.classTwo),
  };
}

function qualityBalancedCheck(
  school: QualityBalancedSchool,
  thresholds: StageThresholds,
): QualityBalancedFacilityCheck {
  const judgement = judgeSchool(school, thresholds);
  if (!judgement.evaluated) return { evaluated: false, reason: judgement.reason };
  return {
    evaluated: true,
    verdict: judgement.verdict,
    stages: judgement.units.map(({ unit, checks, metCount, verdict }) => ({
      stage: unit.stage,
      enrolment: unit.enrolment,
      metCount,
      verdict,
      // A stage receives resourceShare of whatever the school adds: to raise the stage's value by `gap`, the school
      // adds gap × pupils ÷ scale ÷ resourceShare.
      items: checks.map((check) =>
        withShortfall(check, unit.enrolment / (RESOURCE_SCALE[check.key] * unit.resourceShare)),
      ),
    })),
  };
}

function classTwoCheck(
  school: FacilitySchool,
  thresholds: readonly ClassTwoThreshold[],
): ClassTwoFacilityCheck {
  // The Class Ⅱ target concerns town-seat schools only (镇驻地学校生均指标达到省定Ⅱ类以上办学条件标准).
  if (!school.isTownSeat) return { applies: false };
  // Per pupil of the whole school: the standard is set per school type and size, not per stage.
  const pupils = school.enrolmentPrimary + school.enrolmentJunior + school.enrolmentSenior;
  if (pupils === 0) return { applies: true, ...notComputable("zero_enrolment") };
  const items = CLASS_TWO_KEYS.map((key) =>
    withShortfall(
      checkAtLeast(
        key,
        school[CLASS_TWO_FIELD[key]] / pupils,
        classTwoThresholdFor(thresholds, key, school.classes),
      ),
      pupils,
    ),
  );
  return { applies: true, computable: true, items, verdict: verdictOfAllMet(items) };
}

/** The school's resource each Class Ⅱ item divides by its pupils. */
const CLASS_TWO_FIELD = {
  c2_building_area_per_pupil: "buildingArea",
  c2_site_area_per_pupil: "siteArea",
  c2_sports_area_per_pupil: "sportsArea",
  c2_books_per_pupil: "books",
  c2_equipment_value_per_pupil: "equipmentValue",
} as const satisfies Record<ClassTwoKey, keyof FacilitySchool>;

/**
 * The threshold of the size band that contains the school's number of classes; null when none is configured.
 * Bands are not expected to overlap; if they do, the first listed wins.
 */
export function classTwoThresholdFor(
  thresholds: readonly ClassTwoThreshold[],
  key: ClassTwoKey,
  classes: number,
): number | null {
  const band = thresholds.find(
    (row) =>
      row.indicatorKey === key &&
      (row.minClasses === null || classes >= row.minClasses) &&
      (row.maxClasses === null || classes <= row.maxClasses),
  );
  return band?.value ?? null;
}

/** `resourcePerValueUnit`: how much of the resource the school adds to raise the value by 1. */
function withShortfall<Key extends string>(
  check: ThresholdCheck<Key>,
  resourcePerValueUnit: number,
): FacilityItemCheck<Key> {
  if (check.gap === null) return { ...check, shortfall: null };
  return { ...check, shortfall: check.met ? 0 : roundUp(check.gap * resourcePerValueUnit) };
}

// Up to a whole teacher, room, m², yuan or volume; the tolerance keeps floating-point noise
// (2.0000000000000018 teachers) from asking for one more.
function roundUp(amount: number): number {
  return Math.ceil(amount - RELATIVE_TOLERANCE * Math.max(1, Math.abs(amount)));
}
