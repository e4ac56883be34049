import { describe, expect, it } from "vitest";
import { SHANDONG_CITIES } from "@/lib/divisions/shandong";
import {
  countyTilesOf,
  SHANDONG_CITY_TILES,
  SHANDONG_COUNTY_TILES,
  type TilePosition,
} from "@/lib/maps/tile-layouts";
import { placeTiles } from "@/lib/maps/tile-map";
import { chooseCities } from "@/prisma/seed/counties";

const square = ({ col, row }: TilePosition) => `${col},${row}`;

/** Squares of the layout that share no edge or corner with another square: a layout that has lost its shape. */
function isolatedSquares(layout: Readonly<Record<string, TilePosition>>): string[] {
  const taken = new Set(Object.values(layout).map(square));
  return Object.entries(layout)
    .filter(([, { col, row }]) => {
      const around = [-1, 0, 1].flatMap((dc) => [-1, 0, 1].map((dr) => [dc, dr] as const));
      return !around.some(([dc, dr]) => (dc || dr) && taken.has(`${col + dc},${row + dr}`));
    })
    .map(([code]) => code);
}

describe("the province's layout", () => {
  it("places each of Shandong's 16 cities on its own square", () => {
    expect(Object.keys(SHANDONG_CITY_TILES).sort()).toEqual(SHANDONG_CITIES.map((city) => city.code).sort());
    expect(new Set(Object.values(SHANDONG_CITY_TILES).map(square)).size).toBe(16);
  });
});

describe("the county layouts", () => {
  it("exist for every city of the divisions extract and for no other code", () => {
    expect(SHANDONG_CITIES).toHaveLength(16);
    expect(Object.keys(SHANDONG_COUNTY_TILES).sort()).toEqual(
      SHANDONG_CITIES.map((city) => city.code).sort(),
    );
  });

  // One test per city, so that a missing county names its city.
  for (const city of SHANDONG_CITIES) {
    describe(`${city.code} ${city.name}`, () => {
      const layout = countyTilesOf(city.code);

      it("gives every county-level division exactly one square and names no code the city does not have", () => {
        const official = city.counties.map((county) => `${county.code} ${county.name}`).sort();
        const laidOut = Object.keys(layout)
          .map(
            (code) =>
              `${code} ${city.counties.find((county) => county.code === code)?.name ?? "(no such county)"}`,
          )
          .sort();
        expect(laidOut).toEqual(official);
      });

      it("puts no two counties on one square, at whole non-negative grid positions", () => {
        const squares = Object.values(layout).map(square);
        expect(new Set(squares).size).toBe(squares.length);
        for (const { col, row } of Object.values(layout)) {
          expect(Number.isInteger(col) && col >= 0).toBe(true);
          expect(Number.isInteger(row) && row >= 0).toBe(true);
        }
      });

      it("keeps every county touching a neighbour (edge or corner)", () => {
        expect(isolatedSquares(layout)).toEqual([]);
      });
    });
  }

  it("gives no layout to a code outside Shandong's cities", () => {
    expect(countyTilesOf("110100")).toEqual({});
    expect(countyTilesOf(null)).toEqual({});
  });
});

describe("the demo and bench data sets", () => {
  it("at --scale 17.5 have all 16 cities, every county with a code on its city's square", () => {
    const cities = chooseCities(17.5);
    expect(cities).toHaveLength(16);
    for (const city of cities) {
      const layout = countyTilesOf(city.code);
      const coded = city.counties.filter((county) => county.code !== null);
      expect(coded.filter((county) => !layout[county.code!]).map((county) => county.name)).toEqual([]);
      // Every unit of the city, the code-less ones included, is placed without two on one square.
      const placed = placeTiles(city.counties, layout);
      expect(new Set(placed.map(square)).size).toBe(city.counties.length);
    }
  });

  it("have one county without a code, the hand-made 滨州经济技术开发区, placed below 滨州's block", () => {
    const codeless = chooseCities(17.5).flatMap((city) =>
      city.counties.filter((county) => county.code === null).map((county) => [city.code, county.name]),
    );
    expect(codeless).toEqual([["371600", "滨州经济技术开发区"]]);
    const binzhou = chooseCities(17.5).find((city) => city.code === "371600")!;
    const zone = placeTiles(binzhou.counties, countyTilesOf("371600")).find(
      (tile) => tile.unit.code === null,
    )!;
    // 滨州's block is 3 columns wide and rows 0–2: the zone opens row 3.
    expect([zone.col, zone.row]).toEqual([0, 3]);
  });
});
