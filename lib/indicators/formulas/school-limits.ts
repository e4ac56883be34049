// School-level items of 《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）政府保障程度, counted over a
// county's compulsory schools: classes above the standard size, schools above the size limit, and schools short of
// music or art rooms. Limits are passed in: standards are data.
import type { SchoolLevel } from "@/lib/generated/prisma/enums";
import { sum } from "@/lib/utils/numbers";
import { type IndicatorResult, notComputable } from "../result";
import { COMPULSORY_LEVELS } from "../urban-rural";

/** 所有小学、初中每个班级学生数分别不超过45人、50人: classes above it, summed over the compulsory schools. */
export function classSizeViolations(
  schools: readonly { level: SchoolLevel; classesOverStandardSize: number }[],
): IndicatorResult {
  return countOverCompulsorySchools(schools, (school) => school.classesOverStandardSize);
}

export interface SchoolSizeInput {
  level: SchoolLevel;
  enrolmentPrimary: number;
  enrolmentJunior: number;
}

/** The pupil limit per school level (primary and junior 2000, nine-year 2500); a level without one is not judged. */
export type SchoolSizeLimits = Partial<Record<SchoolLevel, number>>;

/**
 * 学校规模不超过2000人，九年一贯制学校不超过2500人: whether the school's compulsory pupils exceed the limit of its
 * level (exactly at the limit is within it); null when its level has no limit.
 */
export function isAboveSizeLimit(school: SchoolSizeInput, limits: SchoolSizeLimits): boolean | null {
  const limit = limits[school.level];
  if (limit === undefined) return null;
  return school.enrolmentPrimary + school.enrolmentJunior > limit;
}

/** Compulsory schools above the size limit of their level, among those whose level has one. */
export function schoolSizeViolations(
  schools: readonly SchoolSizeInput[],
  limits: SchoolSizeLimits,
): IndicatorResult {
  const judged = schools.filter((school) => limits[school.level] !== undefined);
  return countOverCompulsorySchools(judged, (school) => (isAboveSizeLimit(school, limits) ? 1 : 0));
}

export interface MusicArtRoomsInput {
  level: SchoolLevel;
  classes: number;
  musicRooms: number;
  artRooms: number;
}

/** 每12个班级配备音乐、美术专用教室1间以上: rooms of each kind a school of `classes` classes needs. */
export function requiredMusicArtRooms(classes: number, classesPerRoom: number): number {
  if (!(classesPerRoom > 0)) throw new RangeError(`Classes per room must be positive, got ${classesPerRoom}`);
  return Math.ceil(classes / classesPerRoom);
}

export function isShortOfMusicArtRooms(school: MusicArtRoomsInput, classesPerRoom: number): boolean {
  const required = requiredMusicArtRooms(school.classes, classesPerRoom);
  return school.musicRooms < required || school.artRooms < required;
}

/** Compulsory schools short of music or art rooms. */
export function musicArtRoomsShortSchools(
  schools: readonly MusicArtRoomsInput[],
  classesPerRoom: number,
): IndicatorResult {
  return countOverCompulsorySchools(schools, (school) =>
    isShortOfMusicArtRooms(school, classesPerRoom) ? 1 : 0,
  );
}

// The items concern compulsory schools only; a county without any has no count at all rather than a reassuring 0.
function countOverCompulsorySchools<School extends { level: SchoolLevel }>(
  schools: readonly School[],
  countOf: (school: School) => number,
): IndicatorResult {
  const compulsory = schools.filter((school) => COMPULSORY_LEVELS.includes(school.level));
  if (compulsory.length === 0) return notComputable("no_schools");
  return { computable: true, value: sum(compulsory.map(countOf)) };
}
