import type { EffectiveStandards } from "@/lib/indicators/computed-indicators";
import type { CompulsoryStage } from "@/lib/indicators/urban-rural";
import type { StageThresholds } from "@/lib/indicators/formulas/quality-balanced";

// MoE 2017 thresholds (reference §2.1), written out so the tests do not depend on the standards catalogue.
export const MOE_THRESHOLDS: StageThresholds = {
  PRIMARY: {
    res_teachers_above_degree_per100: 4.2,
    res_backbone_teachers_per100: 1,
    res_pe_art_teachers_per100: 0.9,
    res_teaching_area_per_pupil: 4.5,
    res_sports_area_per_pupil: 7.5,
    res_equipment_value_per_pupil: 2000,
    res_multimedia_rooms_per100: 2.3,
  },
  JUNIOR: {
    res_teachers_above_degree_per100: 5.3,
    res_backbone_teachers_per100: 1,
    res_pe_art_teachers_per100: 0.9,
    res_teaching_area_per_pupil: 5.8,
    res_sports_area_per_pupil: 10.2,
    res_equipment_value_per_pupil: 2500,
    res_multimedia_rooms_per100: 2.4,
  },
};
/** Largest coefficient of variation between a county's schools, per stage (MoE 2017). */
export const MOE_CV_LIMITS: Record<CompulsoryStage, number> = { PRIMARY: 0.5, JUNIOR: 0.45 };

/** The standards as shipped: MoE 2017 thresholds, Class Ⅱ not configured. */
export function moeStandards(): EffectiveStandards {
  return {
    resourceThresholds: MOE_THRESHOLDS,
    cvLimits: MOE_CV_LIMITS,
    schoolSizeLimits: { PRIMARY: 2000, JUNIOR: 2000, NINE_YEAR: 2500 },
    classesPerMusicArtRoom: 12,
    classTwo: {},
    preschoolInclusiveMin: 80,
    preschoolPublicMin: 50,
  };
}
