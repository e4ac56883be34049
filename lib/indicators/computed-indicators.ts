// The computed indicators of one org unit (a county, or a whole city) from its schools' profiles: per-school
// aggregates made in SQL by the data layer (lib/data/indicators/load-school-profiles.ts), never teacher rows.
// The formulas are in ./formulas; this module decides which schools each indicator counts.
import type {
  KindergartenGrade,
  LocationClass,
  Ownership,
  SchoolLevel,
  TownKind,
} from "@/lib/generated/prisma/enums";
import { sum } from "@/lib/utils/numbers";
import { checkFacilities, type ClassTwoThreshold, type FacilitySchool } from "./formulas/facility-checks";
import { ruralPrincipalsAgedAtMost45Share } from "./formulas/principals";
import {
  type CountyQualityBalance,
  evaluateCountyQualityBalance,
  type StageThresholds,
} from "./formulas/quality-balanced";
import {
  classSizeViolations,
  musicArtRoomsShortSchools,
  schoolSizeViolations,
  type SchoolSizeLimits,
} from "./formulas/school-limits";
import {
  rotatedBackboneShare,
  ruralTeacherBachelorShare,
  teacherBachelorRatioUrbanRural,
  teacherCertifiedRate,
  teacherRotationRate,
  type TeacherCounts,
  teacherTraining360hRate,
} from "./formulas/teachers";
import { passingShare, reaches } from "./judgement";
import { type IndicatorResult, percentOf, ratioOf } from "./result";
import type { CompulsoryStage } from "./urban-rural";
import {
  COMPULSORY_LEVELS,
  COMPULSORY_TEACHER_LEVELS,
  isRuralLocation,
  PROGRAMME_SCHOOL_LEVELS,
} from "./urban-rural";

/** One active school with its latest facility record (up to the school year asked for) and its staff counts. */
export interface SchoolProfile extends FacilitySchool {
  countyId: number;
  townId: number;
  townKind: TownKind;
  locationClass: LocationClass;
  ownership: Ownership;
  isTownCentralKindergarten: boolean;
  kindergartenGrade: KindergartenGrade | null;
  /** School year of the facility record used; null when the school has none (its facility values are then 0) */
  facilitySchoolYear: number | null;
  enrolmentPreschool: number;
  classesOverStandardSize: number;
  musicRooms: number;
  artRooms: number;
  bandwidthMbps: number;
  minClassroomBandwidthMbps: number;
  hasStudio: boolean;
  hasLaborSite: boolean;
  hasSpecialEdResourceRoom: boolean;
  /** Active full-time teachers and, of them, the counts the indicators need */
  fullTimeTeachers: number;
  teachersCertified: number;
  teachersTrained360: number;
  /** All active staff, full-time or not (kindergartens' 保教人员) */
  staff: number;
  /** Principals and vice-principals in post, those aged ≤ 45 on the reference date, those due for rotation */
  posts: number;
  postsAgedAtMost45: number;
  postsDueRotation: number;
  /** Active full-time teachers whose rotation into this school began in the past 12 months, and the backbone ones */
  rotatedLast12Months: number;
  rotatedBackbone: number;
  inUrbanRuralGroup: boolean;
}

/** The standards in force for the org unit's city (standards are data: lib/data/standards). */
export interface EffectiveStandards {
  resourceThresholds: StageThresholds;
  cvLimits: Record<CompulsoryStage, number | null>;
  schoolSizeLimits: SchoolSizeLimits;
  classesPerMusicArtRoom: number | null;
  classTwo: Partial<Record<SchoolLevel, ClassTwoThreshold[]>>;
  preschoolInclusiveMin: number | null;
  preschoolPublicMin: number | null;
}

export const COMPUTED_COUNTY_KEYS = [
  "teacher_bachelor_ratio_urban_rural",
  "rural_teacher_bachelor_share",
  "teacher_rotation_rate",
  "teacher_rotation_backbone_share",
  "teacher_certified_rate",
  "teacher_training_360h_rate",
  "rural_principals_under45_share",
  "principals_due_rotation",
  "rural_schools_in_groups_share",
  "gigabit_school_100m_class_share",
  "town_seat_studio_share",
  "rural_labor_site_share",
  "township_special_ed_center_share",
  "town_central_kindergartens_demo_share",
  "town_seat_schools_class2_share",
  "qb_schools_meeting_share",
  "qb_cv_primary",
  "qb_cv_junior",
  "class_size_violations",
  "school_size_violations",
  "music_art_rooms_short_schools",
  "pre_inclusive_coverage",
  "pre_public_share",
  "pre_teacher_child_ratio",
] as const;
export type ComputedCountyKey = (typeof COMPUTED_COUNTY_KEYS)[number];

/** Computed only for a whole city, from its counties' results. */
export const COMPUTED_CITY_ONLY_KEYS = ["counties_balanced_and_preschool_share"] as const;
export type ComputedKey = ComputedCountyKey | (typeof COMPUTED_CITY_ONLY_KEYS)[number];

/** The coefficients of variation are a county's own measure: a city or a town has no single one. */
const COUNTY_ONLY_KEYS: readonly ComputedKey[] = ["qb_cv_primary", "qb_cv_junior"];

export interface TownRef {
  townId: number;
  kind: TownKind;
}

export interface OrgComputation {
  results: Partial<Record<ComputedKey, IndicatorResult>>;
  qualityBalance: CountyQualityBalance;
  /** Schools without a facility record: left out of the facility checks, counted as not meeting coverage items */
  schoolsWithoutFacilityData: number;
}

const count = <T>(items: readonly T[], predicate: (item: T) => boolean) => items.filter(predicate).length;
const total = <T>(items: readonly T[], value: (item: T) => number) => sum(items.map(value));

/** Gigabit to the school and at least 100 Mbps to every classroom (千兆进校、百兆进班). */
function meetsGigabitAnd100m(
  school: Pick<SchoolProfile, "bandwidthMbps" | "minClassroomBandwidthMbps">,
): boolean {
  return school.bandwidthMbps >= 1000 && school.minClassroomBandwidthMbps >= 100;
}

/**
 * The computed indicators of the schools of one county or city. `towns` are all towns of the unit, schools or not
 * (a town without a school has no special-education resource centre).
 */
export function computeOrgIndicators(
  profiles: readonly SchoolProfile[],
  towns: readonly TownRef[],
  standards: EffectiveStandards,
  level: "town" | "county" | "city",
): OrgComputation {
  const withFacility = profiles.filter((school) => school.facilitySchoolYear !== null);

  // Teachers: full-time teachers of schools teaching compulsory stages only (./urban-rural.ts says why).
  const teacherSchools = profiles.filter((school) => COMPULSORY_TEACHER_LEVELS.includes(school.level));
  const urban = teacherSchools.filter((school) => !isRuralLocation(school.locationClass));
  const rural = teacherSchools.filter((school) => isRuralLocation(school.locationClass));
  const teacherCounts = {
    urbanTeachers: total(urban, (s) => s.fullTimeTeachers),
    urbanBachelorOrAbove: total(urban, (s) => s.teachersBachelorOrAbove),
    ruralTeachers: total(rural, (s) => s.fullTimeTeachers),
    ruralBachelorOrAbove: total(rural, (s) => s.teachersBachelorOrAbove),
  };
  const teacherTotals: TeacherCounts = {
    teachers: total(teacherSchools, (s) => s.fullTimeTeachers),
    rotatedLast12Months: total(teacherSchools, (s) => s.rotatedLast12Months),
    rotatedBackbone: total(teacherSchools, (s) => s.rotatedBackbone),
    certified: total(teacherSchools, (s) => s.teachersCertified),
    completedRequiredHours: total(teacherSchools, (s) => s.teachersTrained360),
  };

  // "乡村学校（含幼儿园）": the rural schools the programme's coverage targets count.
  const ruralSchools = profiles.filter(
    (school) => PROGRAMME_SCHOOL_LEVELS.includes(school.level) && isRuralLocation(school.locationClass),
  );
  const townSeatSchools = profiles.filter(
    (school) => school.isTownSeat && COMPULSORY_LEVELS.includes(school.level),
  );
  const centralKindergartens = profiles.filter((school) => school.isTownCentralKindergarten);
  const kindergartens = profiles.filter((school) => school.level === "KINDERGARTEN");
  const children = total(kindergartens, (s) => s.enrolmentPreschool);
  // 乡镇: towns and townships; 街道 and NBS's 类似乡级单位 (development zones, parks) are not.
  const ruralTowns = towns.filter((town) => town.kind === "TOWN" || town.kind === "TOWNSHIP");
  const townsWithCentre = new Set(
    profiles
      .filter(
        (school) =>
          school.hasSpecialEdResourceRoom && ["PRIMARY", "JUNIOR", "NINE_YEAR"].includes(school.level),
      )
      .map((school) => school.townId),
  );

  const compulsoryWithFacility = withFacility.filter((school) => COMPULSORY_LEVELS.includes(school.level));
  const qualityBalance = evaluateCountyQualityBalance(
    compulsoryWithFacility,
    standards.resourceThresholds,
    standards.cvLimits,
  );
  const classTwoVerdicts = townSeatSchools
    .filter((school) => school.facilitySchoolYear !== null)
    .map((school) => {
      const check = checkFacilities(school, {
        qualityBalanced: standards.resourceThresholds,
        classTwo: standards.classTwo[school.level] ?? [],
      });
      if (!check.classTwo.applies) return "not_judgeable" as const;
      return check.classTwo.computable ? check.classTwo.verdict : ("not_judgeable" as const);
    });

  const results: Partial<Record<ComputedKey, IndicatorResult>> = {
    teacher_bachelor_ratio_urban_rural: teacherBachelorRatioUrbanRural(teacherCounts),
    rural_teacher_bachelor_share: ruralTeacherBachelorShare(teacherCounts),
    teacher_rotation_rate: teacherRotationRate(teacherTotals),
    teacher_rotation_backbone_share: rotatedBackboneShare(teacherTotals),
    teacher_certified_rate: teacherCertifiedRate(teacherTotals),
    teacher_training_360h_rate: teacherTraining360hRate(teacherTotals),
    rural_principals_under45_share: ruralPrincipalsAgedAtMost45Share({
      ruralPrincipals: total(ruralSchools, (s) => s.posts),
      ruralPrincipalsAgedAtMost45: total(ruralSchools, (s) => s.postsAgedAtMost45),
    }),
    principals_due_rotation: { computable: true, value: total(profiles, (s) => s.postsDueRotation) },
    rural_schools_in_groups_share: percentOf(
      count(ruralSchools, (s) => s.inUrbanRuralGroup),
      ruralSchools.length,
      "no_rural_schools",
    ),
    // Schools without facility data cannot show the connection: they count as not meeting it.
    gigabit_school_100m_class_share: percentOf(
      count(profiles, meetsGigabitAnd100m),
      profiles.length,
      "no_schools",
    ),
    town_seat_studio_share: percentOf(
      count(townSeatSchools, (s) => s.hasStudio),
      townSeatSchools.length,
      "no_town_seat_schools",
    ),
    rural_labor_site_share: percentOf(
      count(ruralSchools, (s) => s.hasLaborSite),
      ruralSchools.length,
      "no_rural_schools",
    ),
    township_special_ed_center_share: percentOf(
      count(ruralTowns, (town) => townsWithCentre.has(town.townId)),
      ruralTowns.length,
      "no_schools",
    ),
    town_central_kindergartens_demo_share: percentOf(
      count(centralKindergartens, (s) => s.kindergartenGrade === "PROVINCIAL_DEMO"),
      centralKindergartens.length,
      "no_schools",
    ),
    town_seat_schools_class2_share: passingShare(classTwoVerdicts, "no_town_seat_schools"),
    qb_schools_meeting_share: qualityBalance.schoolsMeetingShare,
    class_size_violations: classSizeViolations(withFacility),
    school_size_violations: schoolSizeViolations(withFacility, standards.schoolSizeLimits),
    music_art_rooms_short_schools:
      standards.classesPerMusicArtRoom === null
        ? { computable: false, reason: "threshold_not_configured" }
        : musicArtRoomsShortSchools(withFacility, standards.classesPerMusicArtRoom),
    pre_inclusive_coverage: percentOf(
      total(
        kindergartens.filter((s) => s.ownership !== "PRIVATE"),
        (s) => s.enrolmentPreschool,
      ),
      children,
      "zero_enrolment",
    ),
    pre_public_share: percentOf(
      total(
        kindergartens.filter((s) => s.ownership === "PUBLIC"),
        (s) => s.enrolmentPreschool,
      ),
      children,
      "zero_enrolment",
    ),
    pre_teacher_child_ratio: ratioOf(
      children,
      total(kindergartens, (s) => s.staff),
      "no_teachers",
    ),
  };
  if (level === "county") {
    results.qb_cv_primary = qualityBalance.largestCv.PRIMARY;
    results.qb_cv_junior = qualityBalance.largestCv.JUNIOR;
  } else {
    for (const key of COUNTY_ONLY_KEYS) delete results[key];
  }
  return { results, qualityBalance, schoolsWithoutFacilityData: profiles.length - withFacility.length };
}

/**
 * Whether a county meets every quality-balance and preschool item the platform can monitor: each coefficient of
 * variation within its limit, every evaluated school meeting the resource rule, and the preschool coverage and
 * public shares at their thresholds. An item that cannot be computed is not met.
 */
function isCountyBalancedAndUniversal(
  results: Partial<Record<ComputedKey, IndicatorResult>>,
  standards: EffectiveStandards,
): boolean {
  const atMost = (key: ComputedKey, limit: number | null) => {
    const result = results[key];
    return limit !== null && result?.computable === true && reaches(result.value, limit, "AT_MOST");
  };
  const atLeast = (key: ComputedKey, bound: number | null) => {
    const result = results[key];
    return bound !== null && result?.computable === true && reaches(result.value, bound, "AT_LEAST");
  };
  return (
    atMost("qb_cv_primary", standards.cvLimits.PRIMARY) &&
    atMost("qb_cv_junior", standards.cvLimits.JUNIOR) &&
    atLeast("qb_schools_meeting_share", 100) &&
    atLeast("pre_inclusive_coverage", standards.preschoolInclusiveMin) &&
    atLeast("pre_public_share", standards.preschoolPublicMin)
  );
}

/** counties_balanced_and_preschool_share: the share of a city's counties that meet both (≥ 60% by 2027). */
export function countiesBalancedShare(
  countyResults: readonly Partial<Record<ComputedKey, IndicatorResult>>[],
  standards: EffectiveStandards,
): IndicatorResult {
  return percentOf(
    count(countyResults, (results) => isCountyBalancedAndUniversal(results, standards)),
    countyResults.length,
    "no_schools",
  );
}
