// The demo's cities, counties and towns: Shandong's official divisions (lib/divisions/shandong.ts, decision 0018)
// with their official names and codes. The three cities of the source documents come first, the others follow in
// code order as the scale grows. Schools and people below the towns are synthetic.
import { SHANDONG_CITIES, type OfficialCounty, type OfficialTown } from "@/lib/divisions/shandong";
import type { CountyKind } from "@/lib/generated/prisma/enums";

export interface CountySeed {
  name: string;
  nameEn: string;
  /** Short pinyin used in demo login names */
  slug: string;
  code: string | null;
  kind: CountyKind;
  /** 0 = city core (all urban), 1 = outer district or functional zone, 2 = rural county */
  rurality: 0 | 1 | 2;
  towns: OfficialTown[];
}

export interface CitySeed {
  name: string;
  nameEn: string;
  slug: string;
  code: string;
  counties: CountySeed[];
}

/** The cities of the source documents (shared/reference/indicators.md §5): the whole demo at scale ≤ 1. */
const DEMO_CITY_CODES = ["370100", "371600", "370700"];

/** Login slugs of the functional zones: pinyin initials (经开 jk, 高新 gx), as the demo's first ones had. */
const ZONE_SLUGS: Record<string, string> = {
  "370176": "jngx", // 济南高新技术产业开发区
  "370571": "dyjk", // 东营经济技术开发区
  "370572": "dyg", // 东营港经济开发区
  "370671": "ytgx", // 烟台高新技术产业开发区
  "370676": "ytjk", // 烟台经济技术开发区
  "370772": "wfbh", // 潍坊滨海经济技术开发区
  "370871": "jngx", // 济宁高新技术产业开发区
  "371071": "whhj", // 威海火炬高技术产业开发区
  "371072": "whjk", // 威海经济技术开发区
  "371073": "whlg", // 威海临港经济技术开发区
  "371171": "rzjk", // 日照经济技术开发区
  "371371": "lygx", // 临沂高新技术产业开发区
  "371471": "dztq", // 德州天衢新区
  "371771": "hzjk", // 菏泽经济技术开发区
  "371772": "hzgx", // 菏泽高新技术开发区
};

/**
 * A functional zone that NBS does not list, set up as an admin would (decision 0018): no code, and the towns it
 * manages taken over from their county with their official codes. 滨州经济技术开发区 manages 滨城区's three 街道
 * west of 渤海十八路; it keeps the demo's one functional zone per city.
 */
const HAND_ZONES = [
  {
    cityCode: "371600",
    name: "滨州经济技术开发区",
    nameEn: "Binzhou Economic and Technological Development Zone",
    slug: "bzkfq",
    townCodes: ["371602010", "371602011", "371602012"], // 杜店街道, 沙河街道, 里则街道
  },
];

function rurality(kind: CountyKind, towns: OfficialTown[]): 0 | 1 | 2 {
  if (kind === "COUNTY" || kind === "COUNTY_CITY") return 2;
  if (kind === "FUNCTIONAL_ZONE") return 1;
  // A district of 街道 only is taken as city core; one with 镇 or 乡 as an outer district.
  return towns.some((town) => town.kind === "TOWN" || town.kind === "TOWNSHIP") ? 1 : 0;
}

function slugOf(county: OfficialCounty): string {
  if (county.kind !== "FUNCTIONAL_ZONE")
    return county.nameEn
      .split(" ")[0]!
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  const slug = ZONE_SLUGS[county.code];
  if (!slug) throw new Error(`Functional zone ${county.code} ${county.name} has no demo login slug`);
  return slug;
}

function citySeed(code: string): CitySeed {
  const city = SHANDONG_CITIES.find((c) => c.code === code);
  if (!city) throw new Error(`City ${code} is not in the divisions extract`);
  const zones = HAND_ZONES.filter((zone) => zone.cityCode === code);
  const moved = new Set(zones.flatMap((zone) => zone.townCodes));
  const counties: Omit<CountySeed, "rurality">[] = city.counties.map((county) => ({
    name: county.name,
    nameEn: county.nameEn,
    slug: slugOf(county),
    code: county.code,
    kind: county.kind,
    towns: county.towns.filter((town) => !moved.has(town.code)),
  }));
  for (const { name, nameEn, slug, townCodes } of zones) {
    const towns = city.counties.flatMap((county) => county.towns).filter((town) => moved.has(town.code));
    if (towns.length !== townCodes.length) throw new Error(`${name}: a town code is not in the extract`);
    counties.push({ name, nameEn, slug, code: null, kind: "FUNCTIONAL_ZONE", towns });
  }
  const slugs = counties.map((county) => county.slug);
  if (new Set(slugs).size !== slugs.length) throw new Error(`${city.name}: two counties share a login slug`);
  return {
    name: city.name,
    nameEn: city.nameEn,
    slug: city.nameEn.toLowerCase().replace(/[^a-z]/g, ""),
    code: city.code,
    counties: counties.map((county) => ({ ...county, rurality: rurality(county.kind, county.towns) })),
  };
}

/** All 16 cities in the order the scale adds them: the demo's three, then the others by code. */
export const CITIES_BY_SCALE: readonly CitySeed[] = [
  ...DEMO_CITY_CODES,
  ...SHANDONG_CITIES.map((city) => city.code).filter((code) => !DEMO_CITY_CODES.includes(code)),
].map(citySeed);

export const DEMO_CITIES = CITIES_BY_SCALE.slice(0, DEMO_CITY_CODES.length);

/** Characters for synthetic place names (villages). */
export const PLACE_CHARS =
  "龙凤石柳杨王李张马东西南北高新大小仁和安宁兴华明光金玉青白黄红长平清河泉山桥庄店集口屯营台湖坡岭田家官孙刘赵辛梁郭胡林徐朱崔唐姜宋";
