// Built-in standard sets (shared/reference/indicators.md §2–§4). Standards are data: every threshold carries
// its source and a confidence mark. A value of null means "not configured" and is never judged.
// Never add a number here that the reference does not give.
import type { Comparator, SchoolLevel, ThresholdConfidence } from "@/lib/generated/prisma/enums";
import { MOE_2017, MOE_2017_DOC, MOE_2020_PRESCHOOL, SHANDONG_STANDARD_2016 } from "./policy-sources";

export interface ThresholdSpec {
  indicatorKey: string;
  schoolLevel: SchoolLevel | null;
  comparator: Comparator;
  value: number | null;
  unit: string;
  effectiveFrom: string;
  source: string;
  confidence: ThresholdConfidence;
  note?: string;
}

export interface StandardSetSpec {
  key: string;
  nameZh: string;
  nameEn: string;
  issuer: string;
  documentNo: string | null;
  isConfigurable: boolean;
  overridesKey: string | null;
  thresholds: ThresholdSpec[];
}

export const STANDARD_SET_KEYS = {
  moe2017: "moe_2017_quality_balanced",
  shandongOverrides: "shandong_overrides",
  moe2020: "moe_2020_preschool",
  shandongClass2: "shandong_class2",
} as const;

const SHANDONG_STANDARD_SOURCE = `${SHANDONG_STANDARD_2016}附表`;
const EFFECTIVE_2017 = "2017-04-26";
const EFFECTIVE_2020 = "2020-02-19";

function official(
  indicatorKey: string,
  schoolLevel: SchoolLevel | null,
  comparator: Comparator,
  value: number,
  unit: string,
  note?: string,
): ThresholdSpec {
  return {
    indicatorKey,
    schoolLevel,
    comparator,
    value,
    unit,
    effectiveFrom: EFFECTIVE_2017,
    source: MOE_2017,
    confidence: "OFFICIAL",
    note,
  };
}

/** The seven resource indicators: [key, primary, junior, unit]. */
const RESOURCE_THRESHOLDS: [string, number, number, string][] = [
  ["res_teachers_above_degree_per100", 4.2, 5.3, "人/百生"],
  ["res_backbone_teachers_per100", 1.0, 1.0, "人/百生"],
  ["res_pe_art_teachers_per100", 0.9, 0.9, "人/百生"],
  ["res_teaching_area_per_pupil", 4.5, 5.8, "m²"],
  ["res_sports_area_per_pupil", 7.5, 10.2, "m²"],
  ["res_equipment_value_per_pupil", 2000, 2500, "元"],
  ["res_multimedia_rooms_per100", 2.3, 2.4, "间/百生"],
];

const CLASS_TWO_ITEMS: [string, string][] = [
  ["c2_building_area_per_pupil", "m²"],
  ["c2_site_area_per_pupil", "m²"],
  ["c2_sports_area_per_pupil", "m²"],
  ["c2_books_per_pupil", "册"],
  ["c2_equipment_value_per_pupil", "元"],
];
const CLASS_TWO_LEVELS: SchoolLevel[] = ["PRIMARY", "JUNIOR", "NINE_YEAR"];

export const BUILT_IN_STANDARD_SETS: StandardSetSpec[] = [
  {
    key: STANDARD_SET_KEYS.moe2017,
    nameZh: "县域义务教育优质均衡发展督导评估标准（2017）",
    nameEn: "MoE county quality-balanced compulsory education standard (2017)",
    issuer: "教育部",
    documentNo: MOE_2017_DOC,
    isConfigurable: false,
    overridesKey: null,
    thresholds: [
      ...RESOURCE_THRESHOLDS.flatMap(([key, primary, junior, unit]) => [
        official(key, "PRIMARY", "GTE", primary, unit),
        official(key, "JUNIOR", "GTE", junior, unit),
      ]),
      official("qb_cv_primary", "PRIMARY", "LTE", 0.5, ""),
      official("qb_cv_junior", "JUNIOR", "LTE", 0.45, ""),
      official("class_size_violations", "PRIMARY", "LTE", 45, "人/班", "小学每班学生数上限"),
      official("class_size_violations", "JUNIOR", "LTE", 50, "人/班", "初中每班学生数上限"),
      official("school_size_violations", "PRIMARY", "LTE", 2000, "人", "学校规模上限"),
      official("school_size_violations", "JUNIOR", "LTE", 2000, "人", "学校规模上限"),
      official("school_size_violations", "NINE_YEAR", "LTE", 2500, "人", "九年一贯制学校规模上限"),
      official(
        "music_art_rooms_short_schools",
        null,
        "GTE",
        12,
        "班/间",
        "每12个班级音乐、美术专用教室各1间以上",
      ),
      official("teacher_rotation_rate", null, "GTE", 10, "%"),
      official("teacher_rotation_backbone_share", null, "GTE", 20, "%"),
      official("teacher_certified_rate", null, "GTE", 100, "%"),
      official("teacher_training_360h_rate", null, "GTE", 100, "%"),
      official("migrant_children_public_rate", null, "GTE", 85, "%"),
      official("junior_retention_3yr", null, "GTE", 95, "%"),
      official("disabled_children_enrolment", null, "GTE", 95, "%"),
      official("special_ed_funding_per_pupil", null, "GTE", 6000, "元", "国家标准"),
      official("social_recognition", null, "GTE", 85, "%", "否决项"),
    ],
  },
  {
    key: STANDARD_SET_KEYS.shandongOverrides,
    nameZh: "山东省对国家标准的调整",
    nameEn: "Shandong overrides of national standards",
    issuer: "山东省",
    documentNo: null,
    isConfigurable: false,
    overridesKey: STANDARD_SET_KEYS.moe2017,
    thresholds: [
      {
        indicatorKey: "special_ed_funding_per_pupil",
        schoolLevel: null,
        comparator: "GTE",
        value: 8000,
        unit: "元",
        effectiveFrom: "2019-01-01",
        source: "山东省特殊教育学校生均公用经费标准（2019年起不低于8000元）",
        confidence: "OFFICIAL",
      },
    ],
  },
  {
    key: STANDARD_SET_KEYS.moe2020,
    nameZh: "县域学前教育普及普惠督导评估标准（2020）",
    nameEn: "MoE county preschool universal-access standard (2020)",
    issuer: "教育部",
    documentNo: null,
    isConfigurable: false,
    overridesKey: null,
    thresholds: [
      preschool("pre_gross_enrolment_3yr", "GTE", 85, "%", "OFFICIAL"),
      preschool("pre_inclusive_coverage", "GTE", 80, "%", "OFFICIAL"),
      preschool("pre_public_share", "GTE", 50, "%", "OFFICIAL", "国家规划：2027年达到60%"),
      preschool("pre_teacher_child_ratio", "LTE", 15, "人", "UNCONFIRMED", "1:15 见于单一县级来源，待核实"),
      preschool("pre_public_funding_per_child", "GTE", 600, "元", "OFFICIAL", "2024年起"),
    ],
  },
  {
    key: STANDARD_SET_KEYS.shandongClass2,
    nameZh: "山东省普通中小学校办学条件标准（Ⅱ类）",
    nameEn: "Shandong school-running conditions standard, Class Ⅱ",
    issuer: "山东省教育厅",
    documentNo: null,
    isConfigurable: true,
    overridesKey: null,
    // The official Class Ⅱ values were not found in any public copy: shipped empty ("not configured").
    thresholds: CLASS_TWO_ITEMS.flatMap(([indicatorKey, unit]) =>
      CLASS_TWO_LEVELS.map((schoolLevel): ThresholdSpec => ({
        indicatorKey,
        schoolLevel,
        comparator: "GTE",
        value: null,
        unit,
        effectiveFrom: "2016-01-01",
        source: SHANDONG_STANDARD_SOURCE,
        confidence: "OFFICIAL",
        note: "未配置：请按省定标准附表录入（可按学校规模分档）",
      })),
    ),
  },
];

function preschool(
  indicatorKey: string,
  comparator: Comparator,
  value: number,
  unit: string,
  confidence: ThresholdConfidence,
  note?: string,
): ThresholdSpec {
  return {
    indicatorKey,
    schoolLevel: "KINDERGARTEN",
    comparator,
    value,
    unit,
    effectiveFrom: EFFECTIVE_2020,
    source: MOE_2020_PRESCHOOL,
    confidence,
    note,
  };
}
