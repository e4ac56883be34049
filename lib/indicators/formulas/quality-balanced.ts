// The resource part of 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）资源配置评估: seven values per school
// and compulsory stage, the school pass rule, and the county's enrolment-weighted coefficient of variation of each
// indicator. Thresholds and limits are passed in: standards are data (standards-catalogue.ts).
import type { SchoolLevel } from "@/lib/generated/prisma/enums";
import { sum } from "@/lib/utils/numbers";
import {
  type ThresholdCheck,
  type Verdict,
  checkAtLeast,
  passingShare,
  reaches,
  verdictOfAllParts,
} from "../judgement";
import { type IndicatorResult, type NotComputable, notComputable } from "../result";
import { type CompulsoryStage, type Stage, STAGES_OF_LEVEL, isCompulsoryStage } from "../urban-rural";

export const RESOURCE_INDICATOR_KEYS = [
  "res_teachers_above_degree_per100",
  "res_backbone_teachers_per100",
  "res_pe_art_teachers_per100",
  "res_teaching_area_per_pupil",
  "res_sports_area_per_pupil",
  "res_equipment_value_per_pupil",
  "res_multimedia_rooms_per100",
] as const;

export type ResourceIndicatorKey = (typeof RESOURCE_INDICATOR_KEYS)[number];

/** A stage's threshold for each indicator; null = not configured. */
export type ResourceThresholds = Record<ResourceIndicatorKey, number | null>;
export type StageThresholds = Record<CompulsoryStage, ResourceThresholds>;

/** One school's base data for the evaluation: stage enrolments, teacher counts and facilities. */
export interface QualityBalancedSchool {
  schoolId: number;
  level: SchoolLevel;
  enrolmentPrimary: number;
  enrolmentJunior: number;
  enrolmentSenior: number;
  teachersAssociateOrAbove: number;
  teachersBachelorOrAbove: number;
  /** Backbone teachers of county level or higher */
  backboneTeachers: number;
  /** Full-time PE, music and art teachers */
  peArtTeachers: number;
  /** Teaching and auxiliary rooms, m² */
  teachingAuxArea: number;
  /** Indoor and outdoor sports area, m² */
  sportsArea: number;
  /** Teaching equipment, CNY */
  equipmentValue: number;
  multimediaClassrooms: number;
}

/**
 * 体育运动场馆面积: indoor halls and outdoor grounds together, the area both the MoE item and the Class Ⅱ item
 * divide by pupils. The facility record keeps the two apart; the form's live check and the profiles both sum here.
 */
export function sportsAreaOf(record: { sportsAreaIndoor: number; sportsAreaOutdoor: number }): number {
  return record.sportsAreaIndoor + record.sportsAreaOutdoor;
}

/** value = resource × scale ÷ pupils: teachers and rooms per 100 pupils, areas and money per pupil. */
export const RESOURCE_SCALE: Record<ResourceIndicatorKey, number> = {
  res_teachers_above_degree_per100: 100,
  res_backbone_teachers_per100: 100,
  res_pe_art_teachers_per100: 100,
  res_teaching_area_per_pupil: 1,
  res_sports_area_per_pupil: 1,
  res_equipment_value_per_pupil: 1,
  res_multimedia_rooms_per100: 100,
};

type ResourceField = Exclude<
  {
    [Key in keyof QualityBalancedSchool]: QualityBalancedSchool[Key] extends number ? Key : never;
  }[keyof QualityBalancedSchool],
  "schoolId" | `enrolment${string}`
>;

/** The school's resource each indicator divides by its pupils, per stage taught. */
const RESOURCE_FIELD: Record<ResourceIndicatorKey, (stage: CompulsoryStage) => ResourceField> = {
  // 高于规定学历: associate (专科) or higher for primary teachers, bachelor or higher for junior ones, as
  // implemented by public evaluation tools (confirm against the official interpretation).
  res_teachers_above_degree_per100: (stage) =>
    stage === "PRIMARY" ? "teachersAssociateOrAbove" : "teachersBachelorOrAbove",
  res_backbone_teachers_per100: () => "backboneTeachers",
  res_pe_art_teachers_per100: () => "peArtTeachers",
  res_teaching_area_per_pupil: () => "teachingAuxArea",
  res_sports_area_per_pupil: () => "sportsArea",
  res_equipment_value_per_pupil: () => "equipmentValue",
  res_multimedia_rooms_per100: () => "multimediaClassrooms",
};

function resourceOf(
  school: QualityBalancedSchool,
  key: ResourceIndicatorKey,
  stage: CompulsoryStage,
): number {
  return school[RESOURCE_FIELD[key](stage)];
}

function enrolmentOf(school: QualityBalancedSchool, stage: Stage): number {
  switch (stage) {
    case "PRIMARY":
      return school.enrolmentPrimary;
    case "JUNIOR":
      return school.enrolmentJunior;
    case "SENIOR":
      return school.enrolmentSenior;
  }
}

// A multi-stage school's resources are split between its stages in proportion to pupils weighted by stage: a junior
// pupil weighs 1.1 primary pupils (nine-year schools, primary:junior = 1:1.1) and a senior pupil 1.2 junior pupils
// (complete secondary schools, junior:senior = 1:1.2), as implemented by public evaluation tools (confirm against
// official guidance). Chaining both for twelve-year schools (1 : 1.1 : 1.32) is our assumption.
const STAGE_WEIGHTS: Record<Stage, number> = { PRIMARY: 1, JUNIOR: 1.1, SENIOR: 1.32 };

// Out of scope: special-education and vocational schools (no compulsory stage here) and teaching points (教学点)
// with fewer than 50 pupils.
export const MIN_EVALUATED_ENROLMENT = 50;

export type ExclusionReason = "no_compulsory_stage" | "under_50_pupils";

/** One compulsory stage of one school, judged and weighted on its own. */
export interface EvaluationUnit {
  schoolId: number;
  stage: CompulsoryStage;
  enrolment: number;
  /** Part of the school's resources apportioned to this stage (1 for a single-stage school) */
  resourceShare: number;
  values: Record<ResourceIndicatorKey, number>;
}

export type SchoolUnits =
  { evaluated: true; units: EvaluationUnit[] } | { evaluated: false; reason: ExclusionReason };

/** The school's evaluation units: one per compulsory stage with pupils, or why the school is not evaluated. */
export function evaluationUnits(school: QualityBalancedSchool): SchoolUnits {
  const stages = STAGES_OF_LEVEL[school.level];
  const compulsoryStages = stages.filter(isCompulsoryStage);
  if (compulsoryStages.length === 0) return { evaluated: false, reason: "no_compulsory_stage" };
  const compulsoryEnrolment = sum(compulsoryStages.map((stage) => enrolmentOf(school, stage)));
  if (compulsoryEnrolment < MIN_EVALUATED_ENROLMENT) return { evaluated: false, reason: "under_50_pupils" };

  const weightedPupils = sum(stages.map((stage) => STAGE_WEIGHTS[stage] * enrolmentOf(school, stage)));
  const units = compulsoryStages
    // A stage without pupils this year (a nine-year school with no junior classes yet) is no unit.
    .filter((stage) => enrolmentOf(school, stage) > 0)
    .map((stage): EvaluationUnit => {
      const enrolment = enrolmentOf(school, stage);
      const resourceShare = (STAGE_WEIGHTS[stage] * enrolment) / weightedPupils;
      return {
        schoolId: school.schoolId,
        stage,
        enrolment,
        resourceShare,
        values: byIndicator(
          (key) => (resourceOf(school, key, stage) * resourceShare * RESOURCE_SCALE[key]) / enrolment,
        ),
      };
    });
  return { evaluated: true, units };
}

// 每所学校至少6项指标达到上述要求，余项不能低于要求的85%. The 85% floor is marked, as the reference does, as widely
// implemented by public evaluation tools; a secondary copy of the 2017 text shows it in the article itself, so
// confirm against the official text.
export const MIN_INDICATORS_MET = 6;
export const UNMET_FLOOR = 0.85;

/** The school rule's numbers for the sentences that state it (catalogue, dashboard hints). */
export const RESOURCE_RULE = {
  items: RESOURCE_INDICATOR_KEYS.length,
  minMet: MIN_INDICATORS_MET,
  floorPercent: Math.round(UNMET_FLOOR * 100),
} as const;

export interface UnitJudgement {
  unit: EvaluationUnit;
  /** The seven indicators in RESOURCE_INDICATOR_KEYS order */
  checks: ThresholdCheck<ResourceIndicatorKey>[];
  metCount: number;
  verdict: Verdict;
}

/** Pass: at least 6 of 7 met and each unmet one at ≥ 85% of its threshold; not judgeable without every threshold. */
export function judgeUnit(unit: EvaluationUnit, thresholds: ResourceThresholds): UnitJudgement {
  const checks = RESOURCE_INDICATOR_KEYS.map((key) => checkAtLeast(key, unit.values[key], thresholds[key]));
  const metCount = checks.filter((check) => check.met === true).length;
  return { unit, checks, metCount, verdict: unitVerdict(checks, metCount) };
}

function unitVerdict(checks: ThresholdCheck[], metCount: number): Verdict {
  if (checks.some((check) => check.threshold === null)) return "not_judgeable";
  const unmetReachFloor = checks.every(
    (check) =>
      check.met === true ||
      (check.threshold !== null && reaches(check.value, UNMET_FLOOR * check.threshold, "AT_LEAST")),
  );
  return metCount >= MIN_INDICATORS_MET && unmetReachFloor ? "pass" : "fail";
}

export type SchoolJudgement =
  | { schoolId: number; evaluated: true; units: UnitJudgement[]; verdict: Verdict }
  | { schoolId: number; evaluated: false; reason: ExclusionReason };

/** A school passes when every one of its evaluated stages passes. */
export function judgeSchool(school: QualityBalancedSchool, thresholds: StageThresholds): SchoolJudgement {
  const split = evaluationUnits(school);
  if (!split.evaluated) return { schoolId: school.schoolId, evaluated: false, reason: split.reason };
  const units = split.units.map((unit) => judgeUnit(unit, thresholds[unit.stage]));
  return {
    schoolId: school.schoolId,
    evaluated: true,
    units,
    verdict: verdictOfAllParts(units.map((judgement) => judgement.verdict)),
  };
}

/** Share (%) of the evaluated schools that pass (qb_schools_meeting_share). */
function schoolsMeetingShare(judgements: readonly SchoolJudgement[]): IndicatorResult {
  return passingShare(
    judgements.flatMap((judgement) => (judgement.evaluated ? [judgement.verdict] : [])),
    "no_schools",
  );
}

export interface WeightedValue {
  schoolId: number;
  enrolment: number;
  value: number;
}

/** One unit's part in the spread, so the dashboard can say which schools drive a coefficient of variation. */
export interface CvDriver extends WeightedValue {
  /** Xᵢ − X̄ */
  deviation: number;
  /** (Pᵢ ÷ P)·(Xᵢ − X̄)²: this unit's term of S² */
  contribution: number;
  /** contribution ÷ S² (0 when every unit sits at the mean) */
  shareOfVariance: number;
}

export type CoefficientOfVariation =
  | {
      computable: true;
      value: number;
      mean: number;
      standardDeviation: number;
      unitCount: number;
      /** Largest contribution first */
      drivers: CvDriver[];
    }
  | (NotComputable & { unitCount: number });

/**
 * 差异系数, enrolment-weighted: P = ΣPᵢ, X̄ = Σ PᵢXᵢ ÷ P (equal to total resource ÷ P, as Xᵢ = resourceᵢ ÷ Pᵢ),
 * S = √(Σ (Pᵢ ÷ P)·(Xᵢ − X̄)²), CV = S ÷ X̄.
 */
export function coefficientOfVariation(units: readonly WeightedValue[]): CoefficientOfVariation {
  const unitCount = units.length;
  if (unitCount === 0) return { ...notComputable("no_schools"), unitCount };
  if (units.some((unit) => !(unit.enrolment > 0))) {
    throw new RangeError("Every unit of a coefficient of variation has pupils");
  }
  const pupils = sum(units.map((unit) => unit.enrolment));
  const mean = sum(units.map((unit) => unit.enrolment * unit.value)) / pupils;
  if (mean === 0) return { ...notComputable("zero_mean"), unitCount };

  const terms = units.map((unit) => {
    const deviation = unit.value - mean;
    return { ...unit, deviation, contribution: (unit.enrolment / pupils) * deviation ** 2 };
  });
  const variance = sum(terms.map((term) => term.contribution));
  const drivers = terms
    .map((term) => ({ ...term, shareOfVariance: variance > 0 ? term.contribution / variance : 0 }))
    .sort((a, b) => b.contribution - a.contribution);
  const standardDeviation = Math.sqrt(variance);
  return { computable: true, value: standardDeviation / mean, mean, standardDeviation, unitCount, drivers };
}

export interface ResourceCv {
  key: ResourceIndicatorKey;
  stage: CompulsoryStage;
  /** The county's value: the enrolment-weighted mean over the stage's units (null without any) */
  countyValue: number | null;
  /** The standard a school's value is judged against for this stage (null when not configured) */
  threshold: number | null;
  cv: CoefficientOfVariation;
  limit: number | null;
  /** CV ≤ limit; null when the CV is not computable or no limit is configured */
  meetsLimit: boolean | null;
}

/**
 * The county's CV of each indicator among the units of one stage, each against the limit on its own
 * (所有指标校际差异系数，小学均小于或等于0.50，初中均小于或等于0.45): never averaged, as the 2012 measure was.
 */
function countyResourceCvs(
  units: readonly EvaluationUnit[],
  stage: CompulsoryStage,
  thresholds: ResourceThresholds,
  limit: number | null,
): ResourceCv[] {
  const stageUnits = units.filter((unit) => unit.stage === stage);
  const pupils = sum(stageUnits.map((unit) => unit.enrolment));
  return RESOURCE_INDICATOR_KEYS.map((key) => {
    const weighted = stageUnits.map((unit) => ({
      schoolId: unit.schoolId,
      enrolment: unit.enrolment,
      value: unit.values[key],
    }));
    const cv = coefficientOfVariation(weighted);
    const meetsLimit = cv.computable && limit !== null ? reaches(cv.value, limit, "AT_MOST") : null;
    const countyValue = pupils > 0 ? sum(weighted.map((unit) => unit.enrolment * unit.value)) / pupils : null;
    return { key, stage, countyValue, threshold: thresholds[key], cv, limit, meetsLimit };
  });
}

/**
 * The largest of the CVs (qb_cv_primary, qb_cv_junior): each must be within the limit, so the largest decides.
 * Not computable when one of them is not.
 */
function largestResourceCv(cvs: readonly ResourceCv[]): IndicatorResult {
  let largest: number | null = null;
  for (const { cv } of cvs) {
    if (!cv.computable) return notComputable(cv.reason);
    largest = largest === null ? cv.value : Math.max(largest, cv.value);
  }
  return largest === null ? notComputable("no_schools") : { computable: true, value: largest };
}

export interface CountyQualityBalance {
  schools: SchoolJudgement[];
  schoolsMeetingShare: IndicatorResult;
  cvs: Record<CompulsoryStage, ResourceCv[]>;
  largestCv: Record<CompulsoryStage, IndicatorResult>;
}

/** The whole resource evaluation of one county's schools. */
export function evaluateCountyQualityBalance(
  schools: readonly QualityBalancedSchool[],
  thresholds: StageThresholds,
  cvLimits: Record<CompulsoryStage, number | null>,
): CountyQualityBalance {
  const judgements = schools.map((school) => judgeSchool(school, thresholds));
  const units = judgements.flatMap((judgement) =>
    judgement.evaluated ? judgement.units.map((unitJudgement) => unitJudgement.unit) : [],
  );
  const primaryCvs = countyResourceCvs(units, "PRIMARY", thresholds.PRIMARY, cvLimits.PRIMARY);
  const juniorCvs = countyResourceCvs(units, "JUNIOR", thresholds.JUNIOR, cvLimits.JUNIOR);
  return {
    schools: judgements,
    schoolsMeetingShare: schoolsMeetingShare(judgements),
    cvs: { PRIMARY: primaryCvs, JUNIOR: juniorCvs },
    largestCv: { PRIMARY: largestResourceCv(primaryCvs), JUNIOR: largestResourceCv(juniorCvs) },
  };
}

function byIndicator<T>(valueOf: (key: ResourceIndicatorKey) => T): Record<ResourceIndicatorKey, T> {
  return Object.fromEntries(RESOURCE_INDICATOR_KEYS.map((key) => [key, valueOf(key)])) as Record<
    ResourceIndicatorKey,
    T
  >;
}
