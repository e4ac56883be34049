// Teacher indicators from aggregate counts; the data layer counts in SQL with the lists below and those of
// ../urban-rural.ts. "Teachers" are full-time (专任) teachers of COMPULSORY_TEACHER_LEVELS schools.
import type { BackboneLevel, Subject } from "@/lib/generated/prisma/enums";
import { type IndicatorResult, percentOf, ratioOf } from "../result";

/** 县级以上骨干教师: the backbone teachers both MoE 2017 items count (resources, rotation). */
export const COUNTY_OR_ABOVE_BACKBONE_LEVELS: readonly BackboneLevel[] = ["COUNTY", "CITY", "PROVINCE"];

/** 体育、艺术（美术、音乐）专任教师 (MoE 2017 资源配置). */
export const PE_ART_SUBJECTS: readonly Subject[] = ["PE", "MUSIC", "ART"];

/** 教师5年360学时培训 (MoE 2017 政府保障程度): hours a teacher must complete in the five-year cycle. */
export const REQUIRED_TRAINING_HOURS = 360;

export interface UrbanRuralTeacherCounts {
  urbanTeachers: number;
  urbanBachelorOrAbove: number;
  ruralTeachers: number;
  ruralBachelorOrAbove: number;
}

/**
 * Urban bachelor-or-higher share ÷ rural bachelor-or-higher share; numerator and denominator are the two shares
 * in %. Target ≤ 1.05 by 2027 (滨州市2023年重点任务清单 一、总体要求; 鲁政办字〔2022〕168号).
 */
export function teacherBachelorRatioUrbanRural(counts: UrbanRuralTeacherCounts): IndicatorResult {
  const ruralShare = ruralTeacherBachelorShare(counts);
  if (!ruralShare.computable) return ruralShare;
  const urbanShare = percentOf(counts.urbanBachelorOrAbove, counts.urbanTeachers, "no_urban_teachers");
  if (!urbanShare.computable) return urbanShare;
  // (ub ÷ ut) ÷ (rb ÷ rt) as one division, (ub × rt) ÷ (ut × rb), so that an exact 1.05 stays exact.
  const ratio = ratioOf(
    counts.urbanBachelorOrAbove * counts.ruralTeachers,
    counts.urbanTeachers * counts.ruralBachelorOrAbove,
    "zero_rural_share",
  );
  return ratio.computable ? { ...ratio, numerator: urbanShare.value, denominator: ruralShare.value } : ratio;
}

/** Bachelor-or-higher share (%) of rural teachers: "普遍达到本科" by 2027 (滨州市2023年重点任务清单 第5项). */
export function ruralTeacherBachelorShare(
  counts: Pick<UrbanRuralTeacherCounts, "ruralTeachers" | "ruralBachelorOrAbove">,
): IndicatorResult {
  return percentOf(counts.ruralBachelorOrAbove, counts.ruralTeachers, "no_rural_teachers");
}

/**
 * Teachers whose rotation began in the past 12 months ÷ teachers (%); ≥ 10% a year (MoE 2017 政府保障程度).
 * The text divides by the teachers eligible to rotate; the roster does not record eligibility, so the catalogue
 * divides by all teachers.
 */
export function teacherRotationRate(counts: {
  rotatedLast12Months: number;
  teachers: number;
}): IndicatorResult {
  return percentOf(counts.rotatedLast12Months, counts.teachers, "no_teachers");
}

/** Backbone share (%) among the teachers rotated in the past 12 months; ≥ 20% (MoE 2017 政府保障程度). */
export function rotatedBackboneShare(counts: {
  rotatedLast12Months: number;
  rotatedBackbone: number;
}): IndicatorResult {
  return percentOf(counts.rotatedBackbone, counts.rotatedLast12Months, "no_rotated_teachers");
}

/** Share (%) of teachers holding a teaching certificate; 100% (MoE 2017 政府保障程度). */
export function teacherCertifiedRate(counts: { certified: number; teachers: number }): IndicatorResult {
  return percentOf(counts.certified, counts.teachers, "no_teachers");
}

/** Share (%) of teachers with REQUIRED_TRAINING_HOURS in the current cycle; 100% (MoE 2017 政府保障程度). */
export function teacherTraining360hRate(counts: {
  completedRequiredHours: number;
  teachers: number;
}): IndicatorResult {
  return percentOf(counts.completedRequiredHours, counts.teachers, "no_teachers");
}
