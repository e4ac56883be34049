// The kind of a county-level or town-level division, read from its official code (the name must agree). Pure: the
// extract script checks every row of the official list with it, and the unit tests pin the rules.
//
// County level, GB/T 2260 digits 5–6: 01–20 市辖区, 21–70 县, 81–99 县级市. NBS's 统计用区划代码 adds 71–80 for
// functional zones (经济技术开发区, 高新技术产业开发区, 新区) that it counts as county-level units.
// Town level, NBS 统计用区划代码 digits 7–9: 001–099 街道, 100–199 镇, 200–399 乡 (民族乡 included), 400–599
// 类似乡级单位 (development zones, parks, reserves and service centres counted as towns; their names vary).
import type { CountyKind, TownKind } from "@/lib/generated/prisma/enums";

const COUNTY_SUFFIX: Record<Exclude<CountyKind, "FUNCTIONAL_ZONE">, string> = {
  DISTRICT: "区",
  COUNTY: "县",
  COUNTY_CITY: "市",
};

const TOWN_SUFFIX: Record<Exclude<TownKind, "OTHER_UNIT">, string> = {
  SUBDISTRICT: "街道",
  TOWN: "镇",
  TOWNSHIP: "乡",
};

export function countyKindOf(code: string, name: string): CountyKind {
  if (!/^\d{6}$/.test(code)) throw new Error(`County code ${code} is not 6 digits`);
  const digits = Number(code.slice(4, 6));
  const kind: CountyKind =
    digits <= 20 ? "DISTRICT" : digits <= 70 ? "COUNTY" : digits <= 80 ? "FUNCTIONAL_ZONE" : "COUNTY_CITY";
  if (kind !== "FUNCTIONAL_ZONE" && !name.endsWith(COUNTY_SUFFIX[kind]))
    throw new Error(
      `County ${code} ${name}: the code says ${kind}, the name does not end in ${COUNTY_SUFFIX[kind]}`,
    );
  return kind;
}

export function townKindOf(code: string, name: string): TownKind {
  if (!/^\d{9}$/.test(code)) throw new Error(`Town code ${code} is not 9 digits`);
  const digits = Number(code.slice(6, 9));
  if (digits === 0 || digits > 599) throw new Error(`Town code ${code} is outside the NBS ranges`);
  const kind: TownKind =
    digits < 100 ? "SUBDISTRICT" : digits < 200 ? "TOWN" : digits < 400 ? "TOWNSHIP" : "OTHER_UNIT";
  if (kind !== "OTHER_UNIT" && !name.endsWith(TOWN_SUFFIX[kind]))
    throw new Error(
      `Town ${code} ${name}: the code says ${kind}, the name does not end in ${TOWN_SUFFIX[kind]}`,
    );
  return kind;
}
