// Teacher indicators from aggregate counts; the data layer counts in SQL with the lists below and those of
// ../urban-rural.ts. "Teachers" are full-time (专任) teachers of COMPULSORY_TEACHER_LEVELS schools.
import type { BackboneLevel, Subject, TeacherStatus } from "@/lib/generated/prisma/enums";
import { yearsBefore } from "@/lib/utils/periods";
import { type IndicatorResult, percentOf, ratioOf } from "../result";

/** 在岗: the teachers every teacher figure counts; one on leave, gone or retired is not counted. */
export const COUNTED_TEACHER_STATUSES: readonly TeacherStatus[] = ["ACTIVE"];

/** 县级以上骨干教师: the backbone teachers both MoE 2017 items count (resources, rotation). */
export const COUNTY_OR_ABOVE_BACKBONE_LEVELS: readonly BackboneLevel[] = ["COUNTY", "CITY", "PROVINCE"];

/** 体育、艺术（美术、音乐）专任教师 (MoE 2017 资源配置). */
export const PE_ART_SUBJECTS: readonly Subject[] = ["PE", "MUSIC", "ART"];

/** 教师5年360学时培训 (MoE 2017 政府保障程度): hours a teacher must complete in the five-year cycle. */
export const REQUIRED_TRAINING_HOURS = 360;

/** 每年交流轮岗: a rotation counts in the year after it began (MoE 2017 政府保障程度). */
export const ROTATION_WINDOW_YEARS = 1;

/** Rotations that began after this day (and by the reference date) fall in the window. */
export function rotationWindowStart(referenceDate: Date): Date {
  return yearsBefore(referenceDate, ROTATION_WINDOW_YEARS);
}

export function isInRotationWindow(startedOn: Date, referenceDate: Date): boolean {
  return startedOn > rotationWindowStart(referenceDate) && startedOn <= referenceDate;
}

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

/** A unit's teachers and, of them, the counts the rotation, certificate and training rates divide. */
export interface TeacherCounts {
  teachers: number;
  /** Rotated in within the rotation window, and of them the backbone teachers */
  rotatedLast12Months: number;
  rotatedBackbone: number;
  certified: number;
  completedRequiredHours: number;
}

/**
 * Teachers whose rotation began in the past 12 months ÷ teachers (%); ≥ 10% a year (MoE 2017 政府保障程度).
 * The text divides by the teachers eligible to rotate; the roster does not record eligibility, so the catalogue
 * divides by all teachers.
 */
export function teacherRotationRate(
  counts: Pick<TeacherCounts, "rotatedLast12Months" | "teachers">,
): IndicatorResult {
  return percentOf(counts.rotatedLast12Months, counts.teachers, "no_teachers");
}

/** Backbone share (%) among the teachers rotated in the past 12 months; ≥ 20% (MoE 2017 政府保障程度). */
export function rotatedBackboneShare(
  counts: Pick<TeacherCounts, "rotatedLast12Months" | "rotatedBackbone">,
): IndicatorResult {
  return percentOf(counts.rotatedBackbone, counts.rotatedLast12Months, "no_rotated_teachers");
}

/** Share (%) of teachers holding a teaching certificate; 100% (MoE 2017 政府保障程度). */
export function teacherCertifiedRate(counts: Pick<TeacherCounts, "certified" | "teachers">): IndicatorResult {
  return percentOf(counts.certified, counts.teachers, "no_teachers");
}

/** Share (%) of teachers with REQUIRED_TRAINING_HOURS in the current cycle; 100% (MoE 2017 政府保障程度). */
export function teacherTraining360hRate(
  counts: Pick<TeacherCounts, "completedRequiredHours" | "teachers">,
): IndicatorResult {
  return percentOf(counts.completedRequiredHours, counts.teachers, "no_teachers");
}
