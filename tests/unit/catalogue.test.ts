import { describe, expect, it } from "vitest";
import { BUILT_IN_INDICATORS, INDICATOR_KEYS } from "@/lib/indicators/catalogue";
import { BUILT_IN_STANDARD_SETS, STANDARD_SET_KEYS } from "@/lib/indicators/standards-catalogue";

// Every key of shared/reference/indicators.md §1–§3 must be in the built-in catalogue.
const REFERENCE_KEYS = [
  "teacher_bachelor_ratio_urban_rural",
  "rural_teacher_bachelor_share",
  "counties_balanced_and_preschool_share",
  "town_seat_schools_class2_share",
  "town_central_kindergartens_demo_share",
  "rural_principals_under45_share",
  "principals_due_rotation",
  "rural_schools_in_groups_share",
  "gigabit_school_100m_class_share",
  "town_seat_studio_share",
  "rural_labor_site_share",
  "township_special_ed_center_share",
  "family_ed_sites_coverage",
  "rural_featured_courses",
  "rural_students_city_trip_share",
  "dropout_count",
  "res_teachers_above_degree_per100",
  "res_backbone_teachers_per100",
  "res_pe_art_teachers_per100",
  "res_teaching_area_per_pupil",
  "res_sports_area_per_pupil",
  "res_equipment_value_per_pupil",
  "res_multimedia_rooms_per100",
  "migrant_children_public_rate",
  "junior_retention_3yr",
  "disabled_children_enrolment",
  "special_ed_funding_per_pupil",
  "social_recognition",
  "pre_gross_enrolment_3yr",
  "pre_inclusive_coverage",
  "pre_public_share",
  "pre_teacher_child_ratio",
  "pre_public_funding_per_child",
];

describe("built-in indicator catalogue", () => {
  it("has unique keys", () => {
    expect(INDICATOR_KEYS.size).toBe(BUILT_IN_INDICATORS.length);
  });

  it("covers every indicator of the reference", () => {
    expect(REFERENCE_KEYS.filter((key) => !INDICATOR_KEYS.has(key))).toEqual([]);
  });

  it("carries the programme targets of the policy text", () => {
    const byKey = new Map(BUILT_IN_INDICATORS.map((indicator) => [indicator.key, indicator]));
    expect(byKey.get("teacher_bachelor_ratio_urban_rural")).toMatchObject({
      defaultTarget: 1.05,
      defaultDeadlineYear: 2027,
      direction: "AT_MOST",
    });
    expect(byKey.get("rural_schools_in_groups_share")).toMatchObject({
      defaultTarget: 100,
      defaultDeadlineYear: 2025,
    });
    expect(byKey.get("rural_principals_under45_share")).toMatchObject({
      defaultTarget: 50,
      defaultDeadlineYear: 2027,
    });
    expect(byKey.get("counties_balanced_and_preschool_share")).toMatchObject({
      defaultTarget: 60,
      defaultDeadlineYear: 2027,
    });
  });

  it("gives every indicator a source, names in both languages and a level", () => {
    for (const indicator of BUILT_IN_INDICATORS) {
      expect(indicator.policySource, indicator.key).not.toBe("");
      expect(indicator.nameZh, indicator.key).not.toBe("");
      expect(indicator.nameEn, indicator.key).not.toBe("");
      expect(indicator.levels.length, indicator.key).toBeGreaterThan(0);
    }
  });
});

describe("built-in standard sets", () => {
  const thresholds = BUILT_IN_STANDARD_SETS.flatMap((set) =>
    set.thresholds.map((t) => ({ set: set.key, ...t })),
  );

  it("only refers to catalogued indicators", () => {
    expect(thresholds.filter((t) => !INDICATOR_KEYS.has(t.indicatorKey)).map((t) => t.indicatorKey)).toEqual(
      [],
    );
  });

  it("holds the MoE 2017 resource thresholds for primary and junior schools", () => {
    const value = (key: string, level: string) =>
      thresholds.find(
        (t) => t.set === STANDARD_SET_KEYS.moe2017 && t.indicatorKey === key && t.schoolLevel === level,
      )?.value;
    expect(value("res_teaching_area_per_pupil", "PRIMARY")).toBe(4.5);
    expect(value("res_teaching_area_per_pupil", "JUNIOR")).toBe(5.8);
    expect(value("res_sports_area_per_pupil", "JUNIOR")).toBe(10.2);
    expect(value("res_equipment_value_per_pupil", "PRIMARY")).toBe(2000);
  });

  it("ships Shandong Class Ⅱ empty and configurable, never with invented numbers", () => {
    const classTwo = BUILT_IN_STANDARD_SETS.find((set) => set.key === STANDARD_SET_KEYS.shandongClass2);
    expect(classTwo?.isConfigurable).toBe(true);
    expect(classTwo?.thresholds.length).toBeGreaterThan(0);
    expect(classTwo?.thresholds.every((t) => t.value === null)).toBe(true);
  });

  it("overrides the national special-education funding floor with Shandong's 8000", () => {
    const override = thresholds.find(
      (t) =>
        t.set === STANDARD_SET_KEYS.shandongOverrides && t.indicatorKey === "special_ed_funding_per_pupil",
    );
    expect(override?.value).toBe(8000);
  });
});
