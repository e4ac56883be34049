import { describe, expect, it } from "vitest";
import type { EffectiveStandards } from "@/lib/indicators/computed-indicators";
import type { IndicatorRow } from "@/lib/indicators/indicator-rows";
import {
  CLASS_TWO_ITEM,
  countyCandidates,
  GROUP_ITEM,
  isFigureMetNow,
  schoolCandidates,
  unitItemKey,
  withoutOpen,
} from "@/lib/indicators/problem-rules";
import { schoolProfile } from "../../support/school-profile";
import { moeStandards } from "../../support/standards";

// A primary school of 300 pupils that meets every MoE 2017 primary item (hand-checked against MOE_THRESHOLDS):
// 20 qualified teachers = 6.7 per 100 (≥ 4.2); 3 backbone = 1.0 (≥ 1); 3 PE/art = 1.0 (≥ 0.9); 1,500 m² teaching
// = 5 m² (≥ 4.5); 2,500 m² sports = 8.3 m² (≥ 7.5); ¥700,000 = ¥2,333 (≥ 2,000); 8 rooms = 2.7 per 100 (≥ 2.3).
const sound = {
  fullTimeTeachers: 20,
  teachersBachelorOrAbove: 20,
  teachersAssociateOrAbove: 20,
  backboneTeachers: 3,
  peArtTeachers: 3,
  inUrbanRuralGroup: true,
};

// Class Ⅱ for primary schools, every item configured: the school has 3,000 m² ÷ 300 = 10 m² of building (≥ 10),
// 9,000 m² ÷ 300 = 30 m² of site (≥ 30), 8.3 m² of sports (≥ 5), ¥2,333 of equipment (≥ 2,000), and 9,000 ÷ 300 = 30
// volumes (< 40): four items of five met.
const withClassTwo = (): EffectiveStandards => ({
  ...moeStandards(),
  classTwo: {
    PRIMARY: [
      { indicatorKey: "c2_building_area_per_pupil", minClasses: null, maxClasses: null, value: 10 },
      { indicatorKey: "c2_site_area_per_pupil", minClasses: null, maxClasses: null, value: 30 },
      { indicatorKey: "c2_sports_area_per_pupil", minClasses: null, maxClasses: null, value: 5 },
      { indicatorKey: "c2_books_per_pupil", minClasses: null, maxClasses: null, value: 40 },
      { indicatorKey: "c2_equipment_value_per_pupil", minClasses: null, maxClasses: null, value: 2000 },
    ],
  },
});

describe("problems from a county's schools", () => {
  it("finds nothing at a sound school in a group", () => {
    expect(schoolCandidates(7, [schoolProfile(sound)], moeStandards())).toEqual([]);
  });

  it("flags a rural school outside every urban-rural group, and not an urban one", () => {
    const rural = schoolProfile({ ...sound, inUrbanRuralGroup: false });
    const urban = schoolProfile({ ...sound, inUrbanRuralGroup: false, locationClass: "URBAN" });
    expect(schoolCandidates(7, [rural, urban], moeStandards())).toEqual([
      {
        rule: "urban_rural_group",
        countyId: 7,
        schoolId: rural.schoolId,
        itemKey: GROUP_ITEM,
        valueAtTime: 0,
      },
    ]);
  });

  it("flags a balanced-development item below 85% of its threshold, and not one between 85% and 100%", () => {
    // Sports 1,500 m² ÷ 300 = 5 m², 66.7% of 7.5; teaching 1,170 m² ÷ 300 = 3.9 m², 86.7% of 4.5 (unmet, above the floor).
    const school = schoolProfile({ ...sound, sportsArea: 1500, teachingAuxArea: 1170 });
    expect(schoolCandidates(7, [school], moeStandards())).toEqual([
      {
        rule: "balanced_floor",
        countyId: 7,
        schoolId: school.schoolId,
        itemKey: "res_sports_area_per_pupil",
        valueAtTime: 66.7,
      },
    ]);
  });

  it("flags a town-seat school below Class Ⅱ with the number of items it meets", () => {
    const seat = schoolProfile({ ...sound, isTownSeat: true, locationClass: "TOWN_AREA" });
    const notSeat = schoolProfile({ ...sound });
    expect(schoolCandidates(7, [seat, notSeat], withClassTwo())).toEqual([
      { rule: "class_two", countyId: 7, schoolId: seat.schoolId, itemKey: CLASS_TWO_ITEM, valueAtTime: 4 },
    ]);
    // Without a facility record nothing is judged, so nothing is flagged but the group.
    const unrecorded = schoolProfile({ ...sound, isTownSeat: true, facilitySchoolYear: null });
    expect(schoolCandidates(7, [unrecorded], withClassTwo())).toEqual([]);
  });
});

const row = (key: string, status: string, current: number | null) =>
  ({ definition: { key }, status: { status, current } }) as unknown as IndicatorRow;

describe("problems from a county's headline targets", () => {
  it("flags each headline target off track, and nothing else", () => {
    const rows = [
      row("rural_schools_in_groups_share", "off_track", 62.5),
      row("town_seat_schools_class2_share", "at_risk", 70),
      row("qb_schools_meeting_share", "met", 100),
      // Off track but not a headline target.
      row("teacher_certified_rate", "off_track", 80),
    ];
    expect(countyCandidates(3, rows)).toEqual([
      {
        rule: "county_off_track",
        countyId: 3,
        schoolId: null,
        itemKey: "rural_schools_in_groups_share",
        valueAtTime: 62.5,
      },
    ]);
  });
});

describe("de-duplication", () => {
  const candidate = (schoolId: number | null, itemKey: string) => ({
    rule: "urban_rural_group" as const,
    countyId: 3,
    schoolId,
    itemKey,
    valueAtTime: 0,
  });

  it("tells a county's own problem from its schools' on the same item", () => {
    expect(unitItemKey({ countyId: 3, schoolId: null, itemKey: "x" })).toBe("county:3|x");
    expect(unitItemKey({ countyId: 3, schoolId: 3, itemKey: "x" })).toBe("school:3|x");
  });

  it("drops candidates already open, and repeats of one unit and item", () => {
    const candidates = [candidate(1, "a"), candidate(1, "b"), candidate(null, "a"), candidate(1, "a")];
    expect(withoutOpen(candidates, [{ countyId: 3, schoolId: 1, itemKey: "b" }])).toEqual([
      candidate(1, "a"),
      candidate(null, "a"),
    ]);
  });
});

describe("a figure that meets the standard again", () => {
  it("is met once its unit and item is no longer a candidate", () => {
    const school = schoolProfile({ ...sound, inUrbanRuralGroup: false });
    const problem = { countyId: 7, schoolId: school.schoolId, itemKey: GROUP_ITEM };
    expect(isFigureMetNow(problem, schoolCandidates(7, [school], moeStandards()))).toBe(false);
    const joined = { ...school, inUrbanRuralGroup: true };
    expect(isFigureMetNow(problem, schoolCandidates(7, [joined], moeStandards()))).toBe(true);
  });
});
