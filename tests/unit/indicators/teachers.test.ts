import { describe, expect, it } from "vitest";
import {
  COUNTED_TEACHER_STATUSES,
  COUNTY_OR_ABOVE_BACKBONE_LEVELS,
  isInRotationWindow,
  rotationWindowStart,
  rotatedBackboneShare,
  ruralTeacherBachelorShare,
  teacherBachelorRatioUrbanRural,
  teacherCertifiedRate,
  teacherRotationRate,
  teacherTraining360hRate,
} from "@/lib/indicators/formulas/teachers";
import { valueOf } from "./value-of";

describe("teacherBachelorRatioUrbanRural", () => {
  it("divides the urban share by the rural share", () => {
    // Urban 460 of 500 = 92%; rural 680 of 850 = 80%; 92 ÷ 80 = 1.15.
    const result = teacherBachelorRatioUrbanRural({
      urbanTeachers: 500,
      urbanBachelorOrAbove: 460,
      ruralTeachers: 850,
      ruralBachelorOrAbove: 680,
    });
    expect(valueOf(result)).toBeCloseTo(1.15, 10);
    expect(result).toMatchObject({ numerator: 92, denominator: 80 });
  });

  it("gives exactly 1.05 when the shares are 94.5% and 90%", () => {
    // (189 × 100) ÷ (200 × 90) = 18900 ÷ 18000 = 1.05
    const result = teacherBachelorRatioUrbanRural({
      urbanTeachers: 200,
      urbanBachelorOrAbove: 189,
      ruralTeachers: 100,
      ruralBachelorOrAbove: 90,
    });
    expect(valueOf(result)).toBe(1.05);
  });

  it("is not computable in a county without rural teachers (city-core districts)", () => {
    expect(
      teacherBachelorRatioUrbanRural({
        urbanTeachers: 900,
        urbanBachelorOrAbove: 850,
        ruralTeachers: 0,
        ruralBachelorOrAbove: 0,
      }),
    ).toEqual({ computable: false, reason: "no_rural_teachers" });
  });

  it("is not computable without urban teachers", () => {
    expect(
      teacherBachelorRatioUrbanRural({
        urbanTeachers: 0,
        urbanBachelorOrAbove: 0,
        ruralTeachers: 300,
        ruralBachelorOrAbove: 200,
      }),
    ).toEqual({ computable: false, reason: "no_urban_teachers" });
  });

  it("is not computable when no rural teacher holds a bachelor's degree", () => {
    expect(
      teacherBachelorRatioUrbanRural({
        urbanTeachers: 100,
        urbanBachelorOrAbove: 90,
        ruralTeachers: 40,
        ruralBachelorOrAbove: 0,
      }),
    ).toEqual({ computable: false, reason: "zero_rural_share" });
  });

  it("gives a real 0 when no urban teacher holds one", () => {
    const result = teacherBachelorRatioUrbanRural({
      urbanTeachers: 10,
      urbanBachelorOrAbove: 0,
      ruralTeachers: 40,
      ruralBachelorOrAbove: 20,
    });
    expect(valueOf(result)).toBe(0);
  });
});

describe("share-style teacher indicators", () => {
  it("gives the rural bachelor share in percent", () => {
    expect(valueOf(ruralTeacherBachelorShare({ ruralTeachers: 850, ruralBachelorOrAbove: 680 }))).toBe(80);
    expect(ruralTeacherBachelorShare({ ruralTeachers: 0, ruralBachelorOrAbove: 0 })).toEqual({
      computable: false,
      reason: "no_rural_teachers",
    });
  });

  it("gives the rotation rate and the backbone share among the rotated", () => {
    // 46 of 400 teachers rotated = 11.5%; 9 of the 46 are backbone teachers = 19.57%.
    expect(valueOf(teacherRotationRate({ rotatedLast12Months: 46, teachers: 400 }))).toBeCloseTo(11.5, 10);
    expect(valueOf(rotatedBackboneShare({ rotatedLast12Months: 46, rotatedBackbone: 9 }))).toBeCloseTo(
      19.565,
      3,
    );
  });

  it("is not computable without teachers or without rotations", () => {
    expect(teacherRotationRate({ rotatedLast12Months: 0, teachers: 0 })).toEqual({
      computable: false,
      reason: "no_teachers",
    });
    expect(rotatedBackboneShare({ rotatedLast12Months: 0, rotatedBackbone: 0 })).toEqual({
      computable: false,
      reason: "no_rotated_teachers",
    });
  });

  it("gives the certified and 360-hour training rates", () => {
    expect(valueOf(teacherCertifiedRate({ certified: 398, teachers: 400 }))).toBeCloseTo(99.5, 10);
    expect(valueOf(teacherTraining360hRate({ completedRequiredHours: 360, teachers: 400 }))).toBe(90);
    expect(teacherCertifiedRate({ certified: 0, teachers: 0 })).toEqual({
      computable: false,
      reason: "no_teachers",
    });
  });

  it("counts county-level backbone teachers and above, not NONE", () => {
    expect(COUNTY_OR_ABOVE_BACKBONE_LEVELS).toContain("COUNTY");
    expect(COUNTY_OR_ABOVE_BACKBONE_LEVELS).not.toContain("NONE");
  });
});

describe("the rotation window and the counted teachers", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("counts a rotation that began in the twelve months up to the reference date", () => {
    expect(rotationWindowStart(day("2026-11-23"))).toEqual(day("2025-11-23"));
    expect(isInRotationWindow(day("2025-11-23"), day("2026-11-23"))).toBe(false);
    expect(isInRotationWindow(day("2025-11-24"), day("2026-11-23"))).toBe(true);
    expect(isInRotationWindow(day("2026-11-23"), day("2026-11-23"))).toBe(true);
    expect(isInRotationWindow(day("2026-11-24"), day("2026-11-23"))).toBe(false);
    // As PostgreSQL's date − interval '12 months': 29 February 2024 looks back to 28 February 2023.
    expect(rotationWindowStart(day("2024-02-29"))).toEqual(day("2023-02-28"));
  });

  it("counts teachers in post only", () => {
    expect(COUNTED_TEACHER_STATUSES).toEqual(["ACTIVE"]);
  });
});
