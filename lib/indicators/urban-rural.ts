// The grouping rules that every urban:rural and compulsory-education figure shares, kept in this one place
// (shared/reference/indicators.md §5): which location classes are rural, which school levels teach compulsory
// stages, and which degrees count. The data layer filters with the lists; formulas use the predicates.
import type { Degree, LocationClass, SchoolLevel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

// In the programme targets "rural" (农村/乡村学校) is the statistical 镇区 + 乡村, town seats included, and "urban" is
// 城区 (《山东省建设全国乡村教育振兴先行区专项工作方案》; 滨州市2023年重点任务清单).
export const RURAL_LOCATION_CLASSES: readonly LocationClass[] = ["TOWN_AREA", "VILLAGE"];

export function isRuralLocation(locationClass: LocationClass): boolean {
  return RURAL_LOCATION_CLASSES.includes(locationClass);
}

/** The rule in words, shown next to every urban:rural figure. */
export const URBAN_RURAL_RULE: Record<Locale, string> = {
  zh: "城乡按学校所在地的统计用城乡分类划分：城区学校为“城市”；镇区学校（含镇驻地学校）和乡村学校合称“农村”。",
  en: "Urban and rural follow the statistical urban-rural class of the school's location: schools in urban areas (城区) are urban; schools in town areas (镇区, town-seat schools included) and villages (乡村) together are rural.",
};

export type Stage = "PRIMARY" | "JUNIOR" | "SENIOR";
export type CompulsoryStage = Exclude<Stage, "SENIOR">;

/**
 * The stages a school of each level teaches. Kindergartens, special-education and vocational schools teach none of
 * them: the MoE 2017 resource evaluation leaves them out, and the statistics count them apart from 普通中小学.
 */
export const STAGES_OF_LEVEL: Record<SchoolLevel, readonly Stage[]> = {
  KINDERGARTEN: [],
  PRIMARY: ["PRIMARY"],
  JUNIOR: ["JUNIOR"],
  NINE_YEAR: ["PRIMARY", "JUNIOR"],
  TWELVE_YEAR: ["PRIMARY", "JUNIOR", "SENIOR"],
  COMPLETE_SECONDARY: ["JUNIOR", "SENIOR"],
  SENIOR_HIGH: ["SENIOR"],
  SPECIAL_EDUCATION: [],
  VOCATIONAL: [],
};

export function isCompulsoryStage(stage: Stage): stage is CompulsoryStage {
  return stage !== "SENIOR";
}

const LEVELS = Object.keys(STAGES_OF_LEVEL) as SchoolLevel[];

/** Schools with a compulsory stage: the scope of the MoE 2017 resource evaluation and of the school-level items. */
export const COMPULSORY_LEVELS: readonly SchoolLevel[] = LEVELS.filter((level) =>
  STAGES_OF_LEVEL[level].some(isCompulsoryStage),
);

// The teacher indicators count "compulsory-education teachers", but a teacher row carries no stage. Counting every
// teacher of twelve-year and complete secondary schools would count their senior-high teachers, who must hold a
// bachelor's degree (《教师法》第十一条), and lift the mostly urban bachelor share; so the teacher indicators count
// the teachers of schools that teach compulsory stages only.
export const COMPULSORY_TEACHER_LEVELS: readonly SchoolLevel[] = LEVELS.filter(
  (level) => STAGES_OF_LEVEL[level].length > 0 && STAGES_OF_LEVEL[level].every(isCompulsoryStage),
);

// 乡村学校（含幼儿园，下同）(滨州市2023年重点任务清单): the programme's coverage targets (groups, labour sites, young
// principals) count rural kindergartens and basic-education schools; senior high, special-education and vocational
// schools are counted apart.
export const PROGRAMME_SCHOOL_LEVELS: readonly SchoolLevel[] = ["KINDERGARTEN", ...COMPULSORY_LEVELS];

/** Every degree, highest first: the order the degree groups below are cut from. */
export const DEGREES_HIGHEST_FIRST = [
  "POSTGRADUATE",
  "BACHELOR",
  "ASSOCIATE",
  "HIGH_SCHOOL_OR_BELOW",
] as const satisfies readonly Degree[];

export const BACHELOR_OR_ABOVE_DEGREES: readonly Degree[] = ["POSTGRADUATE", "BACHELOR"];
export const ASSOCIATE_OR_ABOVE_DEGREES: readonly Degree[] = ["POSTGRADUATE", "BACHELOR", "ASSOCIATE"];

export function hasBachelorOrAbove(degree: Degree): boolean {
  return BACHELOR_OR_ABOVE_DEGREES.includes(degree);
}
