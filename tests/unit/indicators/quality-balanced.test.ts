import { describe, expect, it } from "vitest";
import {
  type QualityBalancedSchool,
  coefficientOfVariation,
  evaluateCountyQualityBalance,
  evaluationUnits,
  judgeSchool,
  judgeUnit,
} from "@/lib/indicators/formulas/quality-balanced";
import { MOE_CV_LIMITS, MOE_THRESHOLDS } from "../../support/standards";
import { valueOf } from "./value-of";

const { PRIMARY, JUNIOR } = MOE_THRESHOLDS;

function school(fields: Partial<QualityBalancedSchool> & Pick<QualityBalancedSchool, "schoolId" | "level">) {
  return {
    enrolmentPrimary: 0,
    enrolmentJunior: 0,
    enrolmentSenior: 0,
    teachersAssociateOrAbove: 0,
    teachersBachelorOrAbove: 0,
    backboneTeachers: 0,
    peArtTeachers: 0,
    teachingAuxArea: 0,
    sportsArea: 0,
    equipmentValue: 0,
    multimediaClassrooms: 0,
    ...fields,
  };
}

function onlyUnit(input: QualityBalancedSchool) {
  const split = evaluationUnits(input);
  if (!split.evaluated || split.units.length !== 1 || !split.units[0]) throw new Error("expected one unit");
  return split.units[0];
}

function unitsOf(input: QualityBalancedSchool) {
  const split = evaluationUnits(input);
  if (!split.evaluated) throw new Error(`expected units, school excluded: ${split.reason}`);
  return split.units;
}

describe("evaluationUnits", () => {
  it("makes a primary school one primary unit with all its resources", () => {
    const unit = onlyUnit(
      school({ schoolId: 1, level: "PRIMARY", enrolmentPrimary: 400, sportsArea: 3000, backboneTeachers: 6 }),
    );
    expect(unit).toMatchObject({ stage: "PRIMARY", enrolment: 400, resourceShare: 1 });
    expect(unit.values.res_sports_area_per_pupil).toBe(7.5); // 3000 m² ÷ 400
    expect(unit.values.res_backbone_teachers_per100).toBe(1.5); // 6 × 100 ÷ 400
  });

  it("splits a nine-year school primary:junior by pupils weighted 1 : 1.1", () => {
    // 300 primary and 200 junior pupils weigh 300 + 1.1 × 200 = 520. Of 5,200 m² of sports area the primary part
    // gets 5200 × 300/520 = 3000 m² (10 m² per pupil), the junior part 5200 × 220/520 = 2200 m² (11 m² per pupil).
    const [primary, junior] = unitsOf(
      school({
        schoolId: 4,
        level: "NINE_YEAR",
        enrolmentPrimary: 300,
        enrolmentJunior: 200,
        sportsArea: 5200,
      }),
    );
    expect(primary?.stage).toBe("PRIMARY");
    expect(primary?.resourceShare).toBeCloseTo(300 / 520, 12);
    expect(primary?.values.res_sports_area_per_pupil).toBeCloseTo(10, 10);
    expect(junior?.stage).toBe("JUNIOR");
    expect(junior?.resourceShare).toBeCloseTo(220 / 520, 12);
    expect(junior?.values.res_sports_area_per_pupil).toBeCloseTo(11, 10);
  });

  it("counts associate degrees for the primary unit and bachelor degrees for the junior unit", () => {
    // Primary: 52 associate-or-higher × 300/520 = 30 teachers for 300 pupils = 10 per 100.
    // Junior: 26 bachelor-or-higher × 220/520 = 11 teachers for 200 pupils = 5.5 per 100.
    const [primary, junior] = unitsOf(
      school({
        schoolId: 4,
        level: "NINE_YEAR",
        enrolmentPrimary: 300,
        enrolmentJunior: 200,
        teachersAssociateOrAbove: 52,
        teachersBachelorOrAbove: 26,
      }),
    );
    expect(primary?.values.res_teachers_above_degree_per100).toBeCloseTo(10, 10);
    expect(junior?.values.res_teachers_above_degree_per100).toBeCloseTo(5.5, 10);
  });

  it("evaluates only the junior part of a complete secondary school, split junior:senior 1 : 1.2", () => {
    // 500 junior and 500 senior pupils: junior share = 500 ÷ (500 + 1.2 × 500) = 5/11;
    // 11,000 m² × 5/11 = 5,000 m² for 500 pupils = 10 m² per pupil.
    const unit = onlyUnit(
      school({
        schoolId: 6,
        level: "COMPLETE_SECONDARY",
        enrolmentJunior: 500,
        enrolmentSenior: 500,
        teachingAuxArea: 11000,
      }),
    );
    expect(unit.stage).toBe("JUNIOR");
    expect(unit.resourceShare).toBeCloseTo(5 / 11, 12);
    expect(unit.values.res_teaching_area_per_pupil).toBeCloseTo(10, 10);
  });

  it("chains the weights 1 : 1.1 : 1.32 for a twelve-year school and evaluates two units", () => {
    // 300 + 1.1 × 200 + 1.32 × 100 = 300 + 220 + 132 = 652 weighted pupils; 6,520 m² gives the primary part
    // 3,000 m² (10 per pupil), the junior part 2,200 m² (11 per pupil) and the senior part 1,320 m².
    const units = unitsOf(
      school({
        schoolId: 12,
        level: "TWELVE_YEAR",
        enrolmentPrimary: 300,
        enrolmentJunior: 200,
        enrolmentSenior: 100,
        teachingAuxArea: 6520,
      }),
    );
    expect(units.map((unit) => unit.stage)).toEqual(["PRIMARY", "JUNIOR"]);
    expect(units[0]?.values.res_teaching_area_per_pupil).toBeCloseTo(10, 10);
    expect(units[1]?.values.res_teaching_area_per_pupil).toBeCloseTo(11, 10);
  });

  it("makes no unit of a stage without pupils", () => {
    const unit = onlyUnit(
      school({ schoolId: 4, level: "NINE_YEAR", enrolmentPrimary: 120, sportsArea: 960 }),
    );
    expect(unit).toMatchObject({ stage: "PRIMARY", resourceShare: 1 });
    expect(unit.values.res_sports_area_per_pupil).toBe(8);
  });

  it("leaves out schools without a compulsory stage", () => {
    for (const level of ["KINDERGARTEN", "SENIOR_HIGH", "SPECIAL_EDUCATION", "VOCATIONAL"] as const) {
      expect(evaluationUnits(school({ schoolId: 9, level, enrolmentPrimary: 300 })), level).toEqual({
        evaluated: false,
        reason: "no_compulsory_stage",
      });
    }
  });

  it("leaves out teaching points under 50 compulsory pupils and keeps 50", () => {
    expect(evaluationUnits(school({ schoolId: 3, level: "PRIMARY", enrolmentPrimary: 49 }))).toEqual({
      evaluated: false,
      reason: "under_50_pupils",
    });
    expect(evaluationUnits(school({ schoolId: 3, level: "PRIMARY", enrolmentPrimary: 50 })).evaluated).toBe(
      true,
    );
    // Senior pupils do not count toward the 50: 40 junior + 300 senior is still a teaching point's size.
    expect(
      evaluationUnits(
        school({ schoolId: 6, level: "COMPLETE_SECONDARY", enrolmentJunior: 40, enrolmentSenior: 300 }),
      ),
    ).toEqual({ evaluated: false, reason: "under_50_pupils" });
    // A nine-year school with 30 + 20 pupils reaches 50 and is evaluated in two units.
    expect(
      unitsOf(school({ schoolId: 4, level: "NINE_YEAR", enrolmentPrimary: 30, enrolmentJunior: 20 })),
    ).toHaveLength(2);
  });
});

describe("judgeUnit: at least 6 of 7 met, each unmet one at ≥ 85%", () => {
  // A primary school of 1,000 pupils exactly at every MoE threshold.
  const atThresholds = school({
    schoolId: 1,
    level: "PRIMARY",
    enrolmentPrimary: 1000,
    teachersAssociateOrAbove: 42, // 4.2 per 100
    backboneTeachers: 10, // 1.0 per 100
    peArtTeachers: 9, // 0.9 per 100
    teachingAuxArea: 4500, // 4.5 m² per pupil
    sportsArea: 7500, // 7.5 m² per pupil
    equipmentValue: 2_000_000, // 2,000 CNY per pupil
    multimediaClassrooms: 23, // 2.3 per 100
  });
  const judge = (changes: Partial<QualityBalancedSchool>) =>
    judgeUnit(onlyUnit({ ...atThresholds, ...changes }), PRIMARY);

  it("meets an indicator exactly at its threshold", () => {
    const judgement = judge({});
    expect(judgement.metCount).toBe(7);
    expect(judgement.checks.every((check) => check.met && check.gap === 0)).toBe(true);
    expect(judgement.verdict).toBe("pass");
  });

  it("passes with exactly 6 met and the seventh at 95.7%", () => {
    const judgement = judge({ multimediaClassrooms: 22 }); // 2.2 of 2.3
    expect(judgement.metCount).toBe(6);
    expect(judgement.verdict).toBe("pass");
  });

  it("fails with 5 met even when both unmet ones are above 85%", () => {
    const judgement = judge({ multimediaClassrooms: 22, sportsArea: 7000 }); // 2.2 of 2.3; 7.0 of 7.5
    expect(judgement.metCount).toBe(5);
    expect(judgement.verdict).toBe("fail");
  });

  it("passes with the unmet one at exactly 85% of its threshold", () => {
    // 0.85 × 4.5 m² = 3.825 m² per pupil = 3,825 m² for 1,000 pupils.
    const judgement = judge({ teachingAuxArea: 3825 });
    const check = judgement.checks.find((c) => c.key === "res_teaching_area_per_pupil");
    expect(check?.met).toBe(false);
    expect(check?.ratioToThreshold).toBeCloseTo(0.85, 12);
    expect(check?.gap).toBeCloseTo(0.675, 12); // 4.5 − 3.825
    expect(judgement.verdict).toBe("pass");
    // 0.85 × 2,000 CNY = 1,700 CNY per pupil.
    expect(judge({ equipmentValue: 1_700_000 }).verdict).toBe("pass");
  });

  it("fails with the unmet one at 84.9% of its threshold", () => {
    // 0.849 × 4.5 m² = 3.8205 m² per pupil = 3,820.5 m² for 1,000 pupils.
    const judgement = judge({ teachingAuxArea: 3820.5 });
    expect(judgement.metCount).toBe(6);
    expect(judgement.verdict).toBe("fail");
  });

  it("cannot judge a unit while a threshold is not configured", () => {
    const judgement = judgeUnit(onlyUnit(atThresholds), { ...PRIMARY, res_multimedia_rooms_per100: null });
    expect(judgement.verdict).toBe("not_judgeable");
    expect(judgement.checks.find((c) => c.key === "res_multimedia_rooms_per100")?.met).toBeNull();
  });
});

describe("judgeSchool", () => {
  it("fails a nine-year school whose junior unit fails while its primary unit passes", () => {
    // 300 primary + 200 junior pupils: the primary unit gets 300/520 of every resource, the junior unit 220/520.
    const judgement = judgeSchool(
      school({
        schoolId: 4,
        level: "NINE_YEAR",
        enrolmentPrimary: 300,
        enrolmentJunior: 200,
        teachersAssociateOrAbove: 52, // primary: 30 for 300 pupils = 10 per 100
        teachersBachelorOrAbove: 20, // junior: 8.46 for 200 pupils = 4.23 per 100, 79.8% of 5.3
        backboneTeachers: 10, // 1.92 and 2.12 per 100
        peArtTeachers: 6, // 1.15 and 1.27 per 100
        teachingAuxArea: 5200, // 10 and 11 m² per pupil
        sportsArea: 5200, // 10 and 11 m² per pupil
        equipmentValue: 1_300_000, // 2,500 and 2,750 CNY per pupil
        multimediaClassrooms: 13, // 2.5 and 2.75 per 100
      }),
      MOE_THRESHOLDS,
    );
    if (!judgement.evaluated) throw new Error("expected an evaluated school");
    expect(judgement.units.map((unit) => [unit.unit.stage, unit.metCount, unit.verdict])).toEqual([
      ["PRIMARY", 7, "pass"],
      ["JUNIOR", 6, "fail"],
    ]);
    expect(judgement.verdict).toBe("fail");
  });
});

// A small county: five evaluated schools (one nine-year, one complete secondary) and three left out.
//
// S4, nine-year, 550 primary + 500 junior pupils: 550 + 1.1 × 500 = 1,100 weighted pupils, so each stage gets
// exactly half of every resource. S6, complete secondary, 600 junior + 500 senior pupils: 1.1 × 600 = 660 and
// 1.32 × 500 = 660, so its junior part is half of every resource too.
const COUNTY: QualityBalancedSchool[] = [
  // Primary, 200 pupils: 5.0, 3.0, 1.0, 5.0, 8.0, 2500, 2.5: all 7 met.
  school({
    schoolId: 1,
    level: "PRIMARY",
    enrolmentPrimary: 200,
    teachersAssociateOrAbove: 10,
    backboneTeachers: 6,
    peArtTeachers: 2,
    teachingAuxArea: 1000,
    sportsArea: 1600,
    equipmentValue: 500_000,
    multimediaClassrooms: 5,
  }),
  // Primary, 250 pupils: 4.0 ✗, 0 ✗, 0.8 ✗, 5.0, 8.0, 2000 (tie), 2.0 ✗: 3 met, fails.
  school({
    schoolId: 2,
    level: "PRIMARY",
    enrolmentPrimary: 250,
    teachersAssociateOrAbove: 10,
    backboneTeachers: 0,
    peArtTeachers: 2,
    teachingAuxArea: 1250,
    sportsArea: 2000,
    equipmentValue: 500_000,
    multimediaClassrooms: 5,
  }),
  // Teaching point of 40 pupils: left out.
  school({ schoolId: 3, level: "PRIMARY", enrolmentPrimary: 40, multimediaClassrooms: 4 }),
  // Nine-year. Primary half for 550 pupils: 5.45, 2.0, 1.09, 5.45, 8.18, 2181.8, 2.0 ✗ (87%): 6 met, passes.
  // Junior half for 500 pupils: 5.0 ✗ (94%), 2.2, 1.2, 6.0, 9.0 ✗, 2400 ✗, 2.2 ✗: 3 met, fails; so the school fails.
  school({
    schoolId: 4,
    level: "NINE_YEAR",
    enrolmentPrimary: 550,
    enrolmentJunior: 500,
    teachersAssociateOrAbove: 60,
    teachersBachelorOrAbove: 50,
    backboneTeachers: 22,
    peArtTeachers: 12,
    teachingAuxArea: 6000,
    sportsArea: 9000,
    equipmentValue: 2_400_000,
    multimediaClassrooms: 22,
  }),
  // Junior, 600 pupils: 6.0, 1.0 (tie), 1.0, 6.0, 10.2 (tie), 2500 (tie), 2.5: all met.
  school({
    schoolId: 5,
    level: "JUNIOR",
    enrolmentJunior: 600,
    teachersBachelorOrAbove: 36,
    backboneTeachers: 6,
    peArtTeachers: 6,
    teachingAuxArea: 3600,
    sportsArea: 6120,
    equipmentValue: 1_500_000,
    multimediaClassrooms: 15,
  }),
  // Complete secondary, junior half for 600 pupils: 6.67, 1.17, 1.0, 6.67, 10.83, 3000, 2.5: all met.
  school({
    schoolId: 6,
    level: "COMPLETE_SECONDARY",
    enrolmentJunior: 600,
    enrolmentSenior: 500,
    teachersBachelorOrAbove: 80,
    backboneTeachers: 14,
    peArtTeachers: 12,
    teachingAuxArea: 8000,
    sportsArea: 13000,
    equipmentValue: 3_600_000,
    multimediaClassrooms: 30,
  }),
  school({ schoolId: 7, level: "SPECIAL_EDUCATION", enrolmentPrimary: 80 }),
  school({ schoolId: 8, level: "SENIOR_HIGH", enrolmentSenior: 1500 }),
];

describe("a county's resource evaluation", () => {
  const county = evaluateCountyQualityBalance(COUNTY, MOE_THRESHOLDS, MOE_CV_LIMITS);
  const cv = (stage: "PRIMARY" | "JUNIOR", key: string) => {
    const found = county.cvs[stage].find((entry) => entry.key === key);
    if (!found) throw new Error(`no CV for ${key}`);
    return found;
  };

  it("judges each school, leaving out the teaching point, special-education and senior schools", () => {
    expect(
      county.schools.map((judgement) => [
        judgement.schoolId,
        judgement.evaluated ? judgement.verdict : judgement.reason,
      ]),
    ).toEqual([
      [1, "pass"],
      [2, "fail"],
      [3, "under_50_pupils"],
      [4, "fail"],
      [5, "pass"],
      [6, "pass"],
      [7, "no_compulsory_stage"],
      [8, "no_compulsory_stage"],
    ]);
    const nineYear = county.schools[3];
    expect(nineYear?.evaluated && nineYear.units.map((unit) => [unit.metCount, unit.verdict])).toEqual([
      [6, "pass"],
      [3, "fail"],
    ]);
  });

  it("gives the share of evaluated schools that pass: 3 of 5", () => {
    expect(county.schoolsMeetingShare).toMatchObject({
      computable: true,
      value: 60,
      numerator: 3,
      denominator: 5,
    });
  });

  it("computes the primary multimedia-room CV by hand", () => {
    // Primary units: S1 200 pupils 2.5 rooms/100, S2 250 pupils 2.0, S4 primary half 550 pupils 11 rooms = 2.0.
    // P = 1,000.  X̄ = (5 + 5 + 11) rooms ÷ 1,000 × 100 = 2.1
    // S² = 0.20·(2.5 − 2.1)² + 0.25·(2.0 − 2.1)² + 0.55·(2.0 − 2.1)²
    //    = 0.20·0.16 + 0.25·0.01 + 0.55·0.01 = 0.032 + 0.0025 + 0.0055 = 0.04
    // S = 0.2;  CV = 0.2 ÷ 2.1 = 0.0952 ≤ 0.50
    const multimedia = cv("PRIMARY", "res_multimedia_rooms_per100");
    if (!multimedia.cv.computable) throw new Error("expected a CV");
    expect(multimedia.cv.unitCount).toBe(3);
    expect(multimedia.cv.mean).toBeCloseTo(2.1, 10);
    expect(multimedia.cv.standardDeviation).toBeCloseTo(0.2, 10);
    expect(multimedia.cv.value).toBeCloseTo(0.095238, 6);
    expect(multimedia.meetsLimit).toBe(true);
    // The county's value is the same weighted mean, 2.1 rooms per 100 pupils, against the primary standard 2.3.
    expect(multimedia.countyValue).toBeCloseTo(2.1, 10);
    expect(multimedia.threshold).toBe(2.3);
    // Contributions 0.032 (S1), 0.0055 (S4), 0.0025 (S2).
    expect(multimedia.cv.drivers.map((driver) => driver.schoolId)).toEqual([1, 4, 2]);
    expect(multimedia.cv.drivers[0]?.shareOfVariance).toBeCloseTo(0.8, 10); // 0.032 ÷ 0.04
  });

  it("computes the primary backbone-teacher CV by hand and names the school that drives it", () => {
    // S1 6 backbone teachers for 200 pupils = 3.0/100; S2 none = 0; S4 primary half 11 for 550 = 2.0.
    // X̄ = (6 + 0 + 11) ÷ 1,000 × 100 = 1.7
    // S² = 0.20·(3.0 − 1.7)² + 0.25·(0 − 1.7)² + 0.55·(2.0 − 1.7)²
    //    = 0.20·1.69 + 0.25·2.89 + 0.55·0.09 = 0.338 + 0.7225 + 0.0495 = 1.11
    // S = √1.11 = 1.05357;  CV = 1.05357 ÷ 1.7 = 0.61974 > 0.50
    const backbone = cv("PRIMARY", "res_backbone_teachers_per100");
    if (!backbone.cv.computable) throw new Error("expected a CV");
    expect(backbone.cv.mean).toBeCloseTo(1.7, 10);
    expect(backbone.cv.standardDeviation).toBeCloseTo(1.05357, 5);
    expect(backbone.cv.value).toBeCloseTo(0.61974, 5);
    expect(backbone.meetsLimit).toBe(false);
    // S2, with no backbone teacher, gives 0.7225 of 1.11 = 65.1% of the variance.
    expect(backbone.cv.drivers[0]).toMatchObject({ schoolId: 2, value: 0 });
    expect(backbone.cv.drivers[0]?.deviation).toBeCloseTo(-1.7, 10);
    expect(backbone.cv.drivers[0]?.shareOfVariance).toBeCloseTo(0.6509, 5);
  });

  it("judges every indicator's CV on its own and reports the largest, not an average", () => {
    expect(county.cvs.PRIMARY).toHaveLength(7);
    expect(
      county.cvs.PRIMARY.filter((entry) => entry.meetsLimit === false).map((entry) => entry.key),
    ).toEqual(["res_backbone_teachers_per100"]);
    expect(valueOf(county.largestCv.PRIMARY)).toBeCloseTo(0.61974, 5);
  });

  it("weights the junior CV by the junior units only, with the county's junior limit", () => {
    // Junior units: S4 junior half 11 rooms for 500, S5 15 for 600, S6 junior half 15 for 600.
    // X̄ = (11 + 15 + 15) ÷ 1,700 × 100 = 2.41176
    const multimedia = cv("JUNIOR", "res_multimedia_rooms_per100");
    expect(multimedia.limit).toBe(0.45);
    expect(multimedia.cv.computable && multimedia.cv.unitCount).toBe(3);
    expect(multimedia.cv.computable && multimedia.cv.mean).toBeCloseTo(2.41176, 5);
  });
});

describe("coefficientOfVariation", () => {
  it("matches the reference's worked example: 1,913 books for 302 pupils give X̄ = 6.33", () => {
    // Five primary schools with 45, 37, 89, 76, 55 pupils; the split of the 1,913 books is ours.
    const books = [
      [45, 250],
      [37, 200],
      [89, 600],
      [76, 500],
      [55, 363],
    ];
    const result = coefficientOfVariation(
      books.map(([pupils = 0, volumes = 0], i) => ({
        schoolId: i + 1,
        enrolment: pupils,
        value: volumes / pupils,
      })),
    );
    expect(result.computable && result.mean).toBeCloseTo(6.33, 2);
  });

  it("is 0 for a single unit", () => {
    const result = coefficientOfVariation([{ schoolId: 1, enrolment: 120, value: 2.5 }]);
    expect(valueOf(result)).toBe(0);
    expect(result.computable && result.drivers[0]?.shareOfVariance).toBe(0);
  });

  it("is not computable for an empty county or a zero mean", () => {
    expect(coefficientOfVariation([])).toEqual({ computable: false, reason: "no_schools", unitCount: 0 });
    expect(
      coefficientOfVariation([
        { schoolId: 1, enrolment: 120, value: 0 },
        { schoolId: 2, enrolment: 300, value: 0 },
      ]),
    ).toEqual({ computable: false, reason: "zero_mean", unitCount: 2 });
  });

  it("rejects a unit without pupils", () => {
    expect(() => coefficientOfVariation([{ schoolId: 1, enrolment: 0, value: 1 }])).toThrow(RangeError);
  });
});

describe("edge counties", () => {
  it("computes nothing for a county without schools", () => {
    const county = evaluateCountyQualityBalance([], MOE_THRESHOLDS, MOE_CV_LIMITS);
    expect(county.schoolsMeetingShare).toEqual({ computable: false, reason: "no_schools" });
    expect(county.cvs.JUNIOR.every((entry) => !entry.cv.computable && entry.meetsLimit === null)).toBe(true);
    expect(county.cvs.JUNIOR.every((entry) => entry.countyValue === null)).toBe(true);
    expect(county.largestCv.PRIMARY).toEqual({ computable: false, reason: "no_schools" });
  });

  it("does not give a largest CV when one indicator has a zero mean", () => {
    const county = evaluateCountyQualityBalance(
      COUNTY.map((s) => ({ ...s, multimediaClassrooms: 0 })),
      MOE_THRESHOLDS,
      MOE_CV_LIMITS,
    );
    expect(county.largestCv.PRIMARY).toEqual({ computable: false, reason: "zero_mean" });
  });

  it("does not give the share of passing schools while a threshold is not configured", () => {
    const county = evaluateCountyQualityBalance(
      COUNTY,
      { PRIMARY, JUNIOR: { ...JUNIOR, res_sports_area_per_pupil: null } },
      { PRIMARY: 0.5, JUNIOR: null },
    );
    expect(county.schoolsMeetingShare).toEqual({ computable: false, reason: "threshold_not_configured" });
    expect(county.cvs.JUNIOR.every((entry) => entry.meetsLimit === null)).toBe(true);
  });
});
