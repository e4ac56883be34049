// Shandong's official divisions down to the town level, from the committed extract (decision 0018; rewritten by
// scripts/divisions/extract.ts). Kinds are derived from the codes, not stored.
import type { CountyKind, TownKind } from "@/lib/generated/prisma/enums";
import extract from "./shandong.json";
import { countyKindOf, townKindOf } from "./kinds";

/** The file's shape: towns as [9-digit code, name] pairs to keep it small. */
export interface DivisionsExtract {
  source: string;
  cities: {
    /** 6-digit code, e.g. 371600 */
    code: string;
    name: string;
    nameEn: string;
    counties: { code: string; name: string; nameEn: string; towns: [string, string][] }[];
  }[];
}

export interface OfficialTown {
  code: string;
  name: string;
  kind: TownKind;
}
export interface OfficialCounty {
  code: string;
  name: string;
  nameEn: string;
  kind: CountyKind;
  towns: OfficialTown[];
}
export interface OfficialCity {
  code: string;
  name: string;
  nameEn: string;
  counties: OfficialCounty[];
}

/** The province of every city in the extract; its row is created by the migrations (docs/decisions/0038). */
export const SHANDONG_PROVINCE_CODE = "370000";

export const DIVISIONS_SOURCE = (extract as DivisionsExtract).source;

export const SHANDONG_CITIES: readonly OfficialCity[] = (extract as DivisionsExtract).cities.map((city) => ({
  ...city,
  counties: city.counties.map((county) => ({
    ...county,
    kind: countyKindOf(county.code, county.name),
    towns: county.towns.map(([code, name]) => ({ code, name, kind: townKindOf(code, name) })),
  })),
}));

/** The official city with this 6-digit code, if it is one of Shandong's. */
export function officialCity(code: string): OfficialCity | undefined {
  return SHANDONG_CITIES.find((city) => city.code === code);
}
