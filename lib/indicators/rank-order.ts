import type { BackboneLevel, Degree, ProfessionalTitle } from "@/lib/generated/prisma/enums";
import { DEGREES_HIGHEST_FIRST } from "./urban-rural";

// Ranked lists are shown highest rank first, as statistics tables list them (正高级、高级、一级、二级、三级、未定级;
// 研究生、本科、专科; 省级、市级、县级骨干), in drop-downs, filters and charts alike, never in the order of a database
// grouping or of the enum's declaration.

export { DEGREES_HIGHEST_FIRST };

/** Every 职称, highest first. */
export const TITLES_HIGHEST_FIRST = [
  "PROFESSOR",
  "SENIOR",
  "FIRST",
  "SECOND",
  "THIRD",
  "UNRANKED",
] as const satisfies readonly ProfessionalTitle[];

/** Every 骨干教师 level, highest first, then none. */
export const BACKBONE_HIGHEST_FIRST = [
  "PROVINCE",
  "CITY",
  "COUNTY",
  "NONE",
] as const satisfies readonly BackboneLevel[];

export const RANKED_OPTIONS = {
  title: TITLES_HIGHEST_FIRST,
  degree: DEGREES_HIGHEST_FIRST,
  backbone: BACKBONE_HIGHEST_FIRST,
} as const satisfies Record<string, readonly (ProfessionalTitle | Degree | BackboneLevel)[]>;

/** Rows counted per ranked key, in rank order, with a zero for a rank nobody holds. */
export function inRankOrder<Key extends string>(
  order: readonly Key[],
  counts: readonly { key: string; count: number }[],
): { key: Key; count: number }[] {
  return order.map((key) => ({
    key,
    count: counts.filter((row) => row.key === key).reduce((sum, row) => sum + row.count, 0),
  }));
}
