import { describe, expect, it } from "vitest";
import {
  type ClassTwoThreshold,
  type FacilitySchool,
  checkFacilities,
  classTwoThresholdFor,
} from "@/lib/indicators/formulas/facility-checks";
import { MOE_THRESHOLDS } from "../../support/standards";

// Class Ⅱ values are not published (reference §4): these are test values, not the standard.
const CLASS_TWO: ClassTwoThreshold[] = [
  { indicatorKey: "c2_building_area_per_pupil", minClasses: null, maxClasses: 18, value: 8 },
  { indicatorKey: "c2_building_area_per_pupil", minClasses: 19, maxClasses: null, value: 7 },
  { indicatorKey: "c2_site_area_per_pupil", minClasses: null, maxClasses: null, value: 20 },
  { indicatorKey: "c2_sports_area_per_pupil", minClasses: null, maxClasses: null, value: 6 },
  { indicatorKey: "c2_books_per_pupil", minClasses: null, maxClasses: null, value: 30 },
  { indicatorKey: "c2_equipment_value_per_pupil", minClasses: null, maxClasses: null, value: 1500 },
];

// A primary school of 1,000 pupils in 24 classes, exactly at every MoE threshold and above every Class Ⅱ value.
const PRIMARY_SCHOOL: FacilitySchool = {
  schoolId: 11,
  level: "PRIMARY",
  isTownSeat: true,
  classes: 24,
  enrolmentPrimary: 1000,
  enrolmentJunior: 0,
  enrolmentSenior: 0,
  teachersAssociateOrAbove: 42,
  teachersBachelorOrAbove: 30,
  backboneTeachers: 10,
  peArtTeachers: 9,
  teachingAuxArea: 4500,
  sportsArea: 7500,
  equipmentValue: 2_000_000,
  multimediaClassrooms: 23,
  buildingArea: 7500,
  siteArea: 21000,
  books: 31000,
};

function stagesOf(check: ReturnType<typeof checkFacilities>) {
  if (!check.qualityBalanced.evaluated) throw new Error("expected an evaluated school");
  return check.qualityBalanced.stages;
}

function item<Item extends { key: string }>(items: Item[], key: Item["key"]): Item {
  const found = items.find((entry) => entry.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
}

describe("MoE items of a single-stage school", () => {
  it("passes a school exactly at every threshold, with nothing to add", () => {
    const check = checkFacilities(PRIMARY_SCHOOL, { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO });
    const [primary] = stagesOf(check);
    expect(check.qualityBalanced).toMatchObject({ evaluated: true, verdict: "pass" });
    expect(primary?.items.map((entry) => entry.shortfall)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("says how much to add in the facility's own terms", () => {
    const check = checkFacilities(
      {
        ...PRIMARY_SCHOOL,
        teachersAssociateOrAbove: 40, // 4.0 per 100: (4.2 − 4.0) × 1,000 ÷ 100 = 2 teachers
        sportsArea: 7000, // 7.0 m² per pupil: (7.5 − 7.0) × 1,000 = 500 m²
        equipmentValue: 1_950_000, // 1,950 CNY per pupil: 50 × 1,000 = 50,000 CNY
        multimediaClassrooms: 22, // 2.2 per 100: 0.1 × 1,000 ÷ 100 = 1 room
      },
      { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO },
    );
    const [primary] = stagesOf(check);
    if (!primary) throw new Error("expected a primary stage");
    expect(item(primary.items, "res_teachers_above_degree_per100")).toMatchObject({
      met: false,
      shortfall: 2,
    });
    expect(item(primary.items, "res_sports_area_per_pupil")).toMatchObject({ met: false, shortfall: 500 });
    expect(item(primary.items, "res_equipment_value_per_pupil")).toMatchObject({
      met: false,
      shortfall: 50_000,
    });
    expect(item(primary.items, "res_multimedia_rooms_per100")).toMatchObject({ met: false, shortfall: 1 });
    expect(item(primary.items, "res_backbone_teachers_per100")).toMatchObject({ met: true, shortfall: 0 });
    expect(primary.metCount).toBe(3);
    expect(check.qualityBalanced).toMatchObject({ verdict: "fail" });
  });

  it("rounds a partial unit up to a whole one", () => {
    // 7,499.5 m² for 1,000 pupils: 0.5 m² short, so 1 m² to add.
    const [primary] = stagesOf(
      checkFacilities(
        { ...PRIMARY_SCHOOL, sportsArea: 7499.5 },
        { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO },
      ),
    );
    expect(item(primary?.items ?? [], "res_sports_area_per_pupil").shortfall).toBe(1);
  });

  it("does not evaluate a teaching point under 50 pupils", () => {
    const check = checkFacilities(
      { ...PRIMARY_SCHOOL, isTownSeat: false, enrolmentPrimary: 40 },
      { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO },
    );
    expect(check).toEqual({
      qualityBalanced: { evaluated: false, reason: "under_50_pupils" },
      classTwo: { applies: false },
    });
  });
});

describe("MoE items of a nine-year school", () => {
  // 300 primary + 200 junior pupils weigh 300 + 1.1 × 200 = 520: the primary stage gets 300/520 of the sports area,
  // the junior stage 220/520.
  const nineYear: FacilitySchool = {
    ...PRIMARY_SCHOOL,
    level: "NINE_YEAR",
    isTownSeat: false,
    enrolmentPrimary: 300,
    enrolmentJunior: 200,
    sportsArea: 4160,
  };
  const sportsOf = (sportsArea: number) =>
    stagesOf(
      checkFacilities({ ...nineYear, sportsArea }, { qualityBalanced: MOE_THRESHOLDS, classTwo: [] }),
    ).map((stage) => item(stage.items, "res_sports_area_per_pupil"));

  it("checks each stage against its own threshold", () => {
    // Primary: 4,160 × 300/520 = 2,400 m² for 300 pupils = 8.0 ≥ 7.5.
    // Junior: 4,160 × 220/520 = 1,760 m² for 200 pupils = 8.8 < 10.2.
    const [primary, junior] = sportsOf(4160);
    expect(primary).toMatchObject({ met: true, shortfall: 0 });
    expect(primary?.value).toBeCloseTo(8, 10);
    expect(junior?.met).toBe(false);
    expect(junior?.value).toBeCloseTo(8.8, 10);
  });

  it("asks the school for what the junior stage lacks, after the 1 : 1.1 split", () => {
    // The junior stage lacks (10.2 − 8.8) × 200 = 280 m², but it gets only 220/520 of any area the school adds:
    // 280 × 520/220 = 661.8, so 662 m².
    const [, junior] = sportsOf(4160);
    expect(junior?.shortfall).toBe(662);
  });

  it("is met once the school adds exactly that, and not with one m² less", () => {
    expect(sportsOf(4160 + 662)[1]?.met).toBe(true);
    expect(sportsOf(4160 + 661)[1]?.met).toBe(false);
  });
});

describe("Shandong Class Ⅱ items", () => {
  it("applies to town-seat schools only", () => {
    const check = checkFacilities(
      { ...PRIMARY_SCHOOL, isTownSeat: false },
      { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO },
    );
    expect(check.classTwo).toEqual({ applies: false });
  });

  it("picks the threshold of the size band containing the school's classes", () => {
    expect(classTwoThresholdFor(CLASS_TWO, "c2_building_area_per_pupil", 18)).toBe(8);
    expect(classTwoThresholdFor(CLASS_TWO, "c2_building_area_per_pupil", 19)).toBe(7);
    expect(classTwoThresholdFor(CLASS_TWO, "c2_books_per_pupil", 60)).toBe(30);
  });

  it("treats a size with no band as not configured", () => {
    const bounded: ClassTwoThreshold[] = [
      { indicatorKey: "c2_books_per_pupil", minClasses: 6, maxClasses: 24, value: 30 },
    ];
    expect(classTwoThresholdFor(bounded, "c2_books_per_pupil", 25)).toBeNull();
    expect(classTwoThresholdFor(bounded, "c2_site_area_per_pupil", 12)).toBeNull();
  });

  it("passes a school meeting every item", () => {
    const check = checkFacilities(PRIMARY_SCHOOL, { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO });
    expect(check.classTwo).toMatchObject({ applies: true, computable: true, verdict: "pass" });
  });

  it("fails a school short of one item and says how much is missing", () => {
    // 24 classes → the 19-and-over band: 7 m² per pupil. 6,800 m² for 1,000 pupils = 6.8: 200 m² short.
    // 28,500 volumes = 28.5 per pupil against 30: 1,500 volumes short.
    const check = checkFacilities(
      { ...PRIMARY_SCHOOL, buildingArea: 6800, books: 28_500 },
      { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO },
    );
    if (!check.classTwo.applies || !check.classTwo.computable) throw new Error("expected Class Ⅱ items");
    expect(item(check.classTwo.items, "c2_building_area_per_pupil")).toMatchObject({
      threshold: 7,
      met: false,
      shortfall: 200,
    });
    expect(item(check.classTwo.items, "c2_books_per_pupil")).toMatchObject({ met: false, shortfall: 1500 });
    expect(check.classTwo.verdict).toBe("fail");
  });

  it("shows not-configured items as such and gives no verdict, as shipped", () => {
    const asShipped: ClassTwoThreshold[] = CLASS_TWO.map((row) => ({ ...row, value: null }));
    const check = checkFacilities(PRIMARY_SCHOOL, { qualityBalanced: MOE_THRESHOLDS, classTwo: asShipped });
    if (!check.classTwo.applies || !check.classTwo.computable) throw new Error("expected Class Ⅱ items");
    expect(check.classTwo.items.every((entry) => entry.threshold === null && entry.shortfall === null)).toBe(
      true,
    );
    expect(check.classTwo.verdict).toBe("not_judgeable");
    // The MoE verdict stands on its own.
    expect(check.qualityBalanced).toMatchObject({ verdict: "pass" });
  });

  it("is not computable for a town-seat school without pupils", () => {
    const check = checkFacilities(
      { ...PRIMARY_SCHOOL, enrolmentPrimary: 0 },
      { qualityBalanced: MOE_THRESHOLDS, classTwo: CLASS_TWO },
    );
    expect(check.classTwo).toEqual({ applies: true, computable: false, reason: "zero_enrolment" });
    expect(check.qualityBalanced).toEqual({ evaluated: false, reason: "under_50_pupils" });
  });
});
