// A small county of six schools whose figures are worked out by hand in the comments.
import { describe, expect, it } from "vitest";
import { computeOrgIndicators, countiesBalancedShare } from "@/lib/indicators/computed-indicators";
import { schoolProfile } from "../../support/school-profile";
import { moeStandards } from "../../support/standards";

const towns = [
  { townId: 1, kind: "SUBDISTRICT" as const },
  { townId: 2, kind: "TOWN" as const },
  { townId: 3, kind: "TOWNSHIP" as const },
];

const county = [
  // Urban primary: 40 teachers, 38 bachelor+ → 95%.
  schoolProfile({ townId: 1, locationClass: "URBAN", fullTimeTeachers: 40, teachersBachelorOrAbove: 38 }),
  // Town-seat junior: rural, 30 teachers, 24 bachelor+; in a group; gigabit; studio; labour site; 2 posts, 1 young.
  schoolProfile({
    townId: 2,
    level: "JUNIOR",
    locationClass: "TOWN_AREA",
    isTownSeat: true,
    enrolmentPrimary: 0,
    enrolmentJunior: 400,
    fullTimeTeachers: 30,
    teachersBachelorOrAbove: 24,
    inUrbanRuralGroup: true,
    hasStudio: true,
    hasLaborSite: true,
    hasSpecialEdResourceRoom: true,
    posts: 2,
    postsAgedAtMost45: 1,
  }),
  // Village primary: 10 teachers, 6 bachelor+; slow classroom link; 2 posts, 2 young; due for rotation 1.
  schoolProfile({
    townId: 3,
    fullTimeTeachers: 10,
    teachersBachelorOrAbove: 6,
    minClassroomBandwidthMbps: 50,
    posts: 2,
    postsAgedAtMost45: 2,
    postsDueRotation: 1,
    inUrbanRuralGroup: true,
  }),
  // Village primary without a facility record: counts in coverage denominators, not in facility checks.
  schoolProfile({ townId: 3, facilitySchoolYear: null, bandwidthMbps: 0, minClassroomBandwidthMbps: 0 }),
  // Village kindergarten (public, 90 children, 6 staff): a rural school for the group share; not a teacher school.
  schoolProfile({
    townId: 3,
    level: "KINDERGARTEN",
    enrolmentPrimary: 0,
    enrolmentPreschool: 90,
    staff: 6,
    fullTimeTeachers: 5,
    teachersBachelorOrAbove: 0,
  }),
  // Senior high (urban): neither a compulsory-teacher school nor a programme school.
  schoolProfile({
    townId: 1,
    level: "SENIOR_HIGH",
    locationClass: "URBAN",
    fullTimeTeachers: 80,
    teachersBachelorOrAbove: 80,
  }),
];

describe("computeOrgIndicators on a hand-worked county", () => {
  const { results, schoolsWithoutFacilityData } = computeOrgIndicators(
    county,
    towns,
    moeStandards(),
    "county",
  );

  it("compares urban and rural compulsory teachers: (38/40) ÷ (30/40) = 0.95 ÷ 0.75", () => {
    // Rural: 24 + 6 + 0 (no-facility school) of 30 + 10 + 0 = 30/40; kindergarten and senior high left out.
    expect(results.rural_teacher_bachelor_share).toMatchObject({ computable: true, value: 75 });
    expect(results.teacher_bachelor_ratio_urban_rural).toMatchObject({ computable: true });
    const ratio = results.teacher_bachelor_ratio_urban_rural;
    expect(ratio?.computable && ratio.value).toBeCloseTo(0.95 / 0.75, 12);
  });

  it("counts rural programme schools in a group: 2 of 4 (junior, two village primaries, kindergarten)", () => {
    expect(results.rural_schools_in_groups_share).toMatchObject({ computable: true, value: 50 });
  });

  it("counts gigabit + 100 Mbps over every school, a school without facility data as not meeting it: 4 of 6", () => {
    const share = results.gigabit_school_100m_class_share;
    expect(share?.computable && share.value).toBeCloseTo((4 / 6) * 100, 12);
  });

  it("judges town-seat, rural-town and principal items on their own populations", () => {
    expect(results.town_seat_studio_share).toMatchObject({ value: 100 });
    expect(results.rural_labor_site_share).toMatchObject({ value: 25 });
    // Special-education centres: towns that are not subdistricts (2 of them), one with a resource room.
    expect(results.township_special_ed_center_share).toMatchObject({ value: 50 });
    // Rural posts: 1 + 2 young of 2 + 2.
    expect(results.rural_principals_under45_share).toMatchObject({ value: 75 });
    expect(results.principals_due_rotation).toEqual({ computable: true, value: 1 });
    expect(schoolsWithoutFacilityData).toBe(1);
  });

  it("shows Class Ⅱ as not configured while the standard has no values", () => {
    expect(results.town_seat_schools_class2_share).toEqual({
      computable: false,
      reason: "threshold_not_configured",
    });
  });

  it("gives the preschool ratio of children to staff: 90 ÷ 6", () => {
    expect(results.pre_teacher_child_ratio).toMatchObject({ computable: true, value: 15 });
    expect(results.pre_public_share).toMatchObject({ value: 100 });
  });

  it("is not computable, with its reason, where the county has no rural teachers", () => {
    const urbanOnly = computeOrgIndicators([county[0]!], towns, moeStandards(), "county").results;
    expect(urbanOnly.teacher_bachelor_ratio_urban_rural).toEqual({
      computable: false,
      reason: "no_rural_teachers",
    });
    expect(urbanOnly.rural_schools_in_groups_share).toEqual({
      computable: false,
      reason: "no_rural_schools",
    });
  });

  it("keeps the coefficients of variation for counties only", () => {
    expect(results.qb_cv_primary).toBeDefined();
    const city = computeOrgIndicators(county, towns, moeStandards(), "city").results;
    const town = computeOrgIndicators(county, towns, moeStandards(), "town").results;
    expect(city.qb_cv_primary).toBeUndefined();
    expect(town.qb_cv_junior).toBeUndefined();
  });
});

describe("countiesBalancedShare", () => {
  const passing = {
    qb_cv_primary: { computable: true as const, value: 0.5 },
    qb_cv_junior: { computable: true as const, value: 0.3 },
    qb_schools_meeting_share: { computable: true as const, value: 100 },
    pre_inclusive_coverage: { computable: true as const, value: 80 },
    pre_public_share: { computable: true as const, value: 55 },
  };

  it("counts counties meeting every item, ties at the threshold included: 1 of 2", () => {
    const failing = { ...passing, qb_cv_primary: { computable: true as const, value: 0.51 } };
    expect(countiesBalancedShare([passing, failing], moeStandards())).toMatchObject({ value: 50 });
  });

  it("does not count an item that cannot be computed as met", () => {
    const unknown = {
      ...passing,
      qb_cv_junior: { computable: false as const, reason: "zero_mean" as const },
    };
    expect(countiesBalancedShare([unknown], moeStandards())).toMatchObject({ value: 0 });
  });
});
