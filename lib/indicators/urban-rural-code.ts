// The statistical urban-rural code (统计用城乡分类代码, 国家统计局《统计用区划和城乡划分代码》) of a school's
// location, and the location class every urban:rural figure reads from it (decision 0019). The register stores the
// code a bureau reads off its statistics and derives the class from it on every write, so the two cannot disagree.
import type { LocationClass } from "@/lib/generated/prisma/enums";

/**
 * 111 主城区, 112 城乡结合区 → 城区; 121 镇中心区, 122 镇乡结合区, 123 特殊区域 → 镇区; 210 乡中心区, 220 村庄 → 乡村.
 */
export const URBAN_RURAL_CODES = {
  "111": "URBAN",
  "112": "URBAN",
  "121": "TOWN_AREA",
  "122": "TOWN_AREA",
  "123": "TOWN_AREA",
  "210": "VILLAGE",
  "220": "VILLAGE",
} as const satisfies Record<string, LocationClass>;

export type UrbanRuralCode = keyof typeof URBAN_RURAL_CODES;

export const URBAN_RURAL_CODE_LIST = Object.keys(URBAN_RURAL_CODES) as [UrbanRuralCode, ...UrbanRuralCode[]];

export function locationClassOfCode(code: UrbanRuralCode): LocationClass {
  return URBAN_RURAL_CODES[code];
}
