// One school's compliance flags, as the county dashboard and the school dashboard show them: the Class Ⅱ items
// (town-seat schools), the seven quality-balanced resource indicators with the ≥ 6 / 85% verdict, class and school
// size, and music/art rooms. Pure: built from the school's profile and the standards in force.
import type { EffectiveStandards, SchoolProfile } from "./computed-indicators";
import { checkFacilities, type FacilityCheck } from "./formulas/facility-checks";
import { isAboveSizeLimit, isShortOfMusicArtRooms } from "./formulas/school-limits";

export interface SchoolCompliance {
  schoolId: number;
  /** Null without a facility record for the school year: nothing about the facilities can be judged */
  facility: FacilityCheck | null;
  classesOverStandardSize: number | null;
  isAboveSizeLimit: boolean | null;
  isShortOfMusicArtRooms: boolean | null;
}

export function schoolCompliance(school: SchoolProfile, standards: EffectiveStandards): SchoolCompliance {
  if (school.facilitySchoolYear === null)
    return {
      schoolId: school.schoolId,
      facility: null,
      classesOverStandardSize: null,
      isAboveSizeLimit: null,
      isShortOfMusicArtRooms: null,
    };
  return {
    schoolId: school.schoolId,
    facility: checkFacilities(school, {
      qualityBalanced: standards.resourceThresholds,
      classTwo: standards.classTwo[school.level] ?? [],
    }),
    classesOverStandardSize: school.classesOverStandardSize,
    isAboveSizeLimit: isAboveSizeLimit(school, standards.schoolSizeLimits),
    isShortOfMusicArtRooms:
      standards.classesPerMusicArtRoom === null
        ? null
        : isShortOfMusicArtRooms(school, standards.classesPerMusicArtRoom),
  };
}
