import { describe, expect, it } from "vitest";
import {
  type SchoolSizeLimits,
  classSizeViolations,
  isAboveSizeLimit,
  isShortOfMusicArtRooms,
  musicArtRoomsShortSchools,
  requiredMusicArtRooms,
  schoolSizeViolations,
} from "@/lib/indicators/formulas/school-limits";

// MoE 2017 limits (reference §2.2); twelve-year schools are given none here, so they are not judged.
const SIZE_LIMITS: SchoolSizeLimits = { PRIMARY: 2000, JUNIOR: 2000, NINE_YEAR: 2500 };
const CLASSES_PER_ROOM = 12;

// A small county. Rooms needed = ⌈classes ÷ 12⌉ of each kind.
const COUNTY = [
  // 1,800 pupils; 40 classes need 4 rooms of each kind: 3 art rooms is short.
  {
    level: "PRIMARY",
    enrolmentPrimary: 1800,
    enrolmentJunior: 0,
    classes: 40,
    classesOverStandardSize: 3,
    musicRooms: 4,
    artRooms: 3,
  },
  // Exactly 2,000 pupils: within the limit. 40 classes, 4 + 4 rooms: enough.
  {
    level: "JUNIOR",
    enrolmentPrimary: 0,
    enrolmentJunior: 2000,
    classes: 40,
    classesOverStandardSize: 0,
    musicRooms: 4,
    artRooms: 4,
  },
  // 1,600 + 950 = 2,550 compulsory pupils: above 2,500. 56 classes need 5 + 5.
  {
    level: "NINE_YEAR",
    enrolmentPrimary: 1600,
    enrolmentJunior: 950,
    classes: 56,
    classesOverStandardSize: 5,
    musicRooms: 5,
    artRooms: 5,
  },
  // 2,001 pupils: above 2,000. 45 classes need 4 music rooms, it has 3.
  {
    level: "PRIMARY",
    enrolmentPrimary: 2001,
    enrolmentJunior: 0,
    classes: 45,
    classesOverStandardSize: 2,
    musicRooms: 3,
    artRooms: 4,
  },
  // A kindergarten: none of these items apply.
  {
    level: "KINDERGARTEN",
    enrolmentPrimary: 0,
    enrolmentJunior: 0,
    classes: 12,
    classesOverStandardSize: 7,
    musicRooms: 0,
    artRooms: 0,
  },
  // Twelve-year, 2,700 compulsory pupils but no limit given; 60 classes need 5 + 5.
  {
    level: "TWELVE_YEAR",
    enrolmentPrimary: 1500,
    enrolmentJunior: 1200,
    classes: 60,
    classesOverStandardSize: 1,
    musicRooms: 5,
    artRooms: 5,
  },
] as const;

describe("classSizeViolations", () => {
  it("sums the oversized classes of the compulsory schools", () => {
    // 3 + 0 + 5 + 2 + 1; the kindergarten's 7 do not count.
    expect(classSizeViolations(COUNTY)).toEqual({ computable: true, value: 11 });
  });

  it("is not computable without compulsory schools", () => {
    expect(classSizeViolations([])).toEqual({ computable: false, reason: "no_schools" });
    expect(classSizeViolations([{ level: "KINDERGARTEN", classesOverStandardSize: 2 }])).toEqual({
      computable: false,
      reason: "no_schools",
    });
  });
});

describe("school size", () => {
  it("counts the schools above the limit of their level, exactly at the limit being within it", () => {
    expect(COUNTY.map((school) => isAboveSizeLimit(school, SIZE_LIMITS))).toEqual([
      false,
      false,
      true,
      true,
      null,
      null,
    ]);
    expect(schoolSizeViolations(COUNTY, SIZE_LIMITS)).toEqual({ computable: true, value: 2 });
  });

  it("judges twelve-year schools once a limit is given for them", () => {
    expect(schoolSizeViolations(COUNTY, { ...SIZE_LIMITS, TWELVE_YEAR: 2500 })).toEqual({
      computable: true,
      value: 3,
    });
  });

  it("is not computable when no school has a limit", () => {
    expect(schoolSizeViolations(COUNTY, {})).toEqual({ computable: false, reason: "no_schools" });
  });
});

describe("music and art rooms", () => {
  it("needs one room of each kind per 12 classes or part of 12", () => {
    expect(requiredMusicArtRooms(0, CLASSES_PER_ROOM)).toBe(0);
    expect(requiredMusicArtRooms(1, CLASSES_PER_ROOM)).toBe(1);
    expect(requiredMusicArtRooms(12, CLASSES_PER_ROOM)).toBe(1);
    expect(requiredMusicArtRooms(13, CLASSES_PER_ROOM)).toBe(2);
  });

  it("finds a school short when either kind is short", () => {
    const twelveClasses = { level: "PRIMARY", classes: 12, musicRooms: 1, artRooms: 1 } as const;
    expect(isShortOfMusicArtRooms(twelveClasses, CLASSES_PER_ROOM)).toBe(false);
    expect(isShortOfMusicArtRooms({ ...twelveClasses, classes: 13 }, CLASSES_PER_ROOM)).toBe(true);
    expect(isShortOfMusicArtRooms({ ...twelveClasses, artRooms: 0 }, CLASSES_PER_ROOM)).toBe(true);
  });

  it("counts the compulsory schools that are short", () => {
    // The first (art) and the fourth (music); the kindergarten is not counted.
    expect(musicArtRoomsShortSchools(COUNTY, CLASSES_PER_ROOM)).toEqual({ computable: true, value: 2 });
  });

  it("rejects a standard of zero classes per room", () => {
    expect(() => requiredMusicArtRooms(10, 0)).toThrow(RangeError);
  });
});
