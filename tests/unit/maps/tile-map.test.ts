import { describe, expect, it } from "vitest";
import { SHANDONG_CITIES } from "@/lib/divisions/shandong";
import { SHANDONG_CITY_TILES } from "@/lib/maps/tile-layouts";
import { placeTiles, TILE_GAP, TILE_SIZE, tileLabel, tileLabelSize, tileMap } from "@/lib/maps/tile-map";

const unit = (code: string | null, name = code ?? "?") => ({ code, name });

describe("placing tiles", () => {
  const layout = { "1": { col: 0, row: 0 }, "2": { col: 2, row: 1 } };

  it("keeps known squares and puts the others below the known block, wrapped at its width", () => {
    const placed = placeTiles(
      [unit("2"), unit(null, "zone A"), unit("1"), unit("9"), unit(null, "zone B"), unit(null, "C")],
      layout,
    );
    expect(placed.map(({ unit: item, col, row }) => [item.name, col, row])).toEqual([
      ["2", 2, 1],
      ["1", 0, 0],
      // The known block is 3 columns wide and 2 rows high: the rest fill row 2, then row 3.
      ["zone A", 0, 2],
      ["9", 1, 2],
      ["zone B", 2, 2],
      ["C", 0, 3],
    ]);
  });

  it("lays out units without any known square in a grid about 4:3 wide", () => {
    // 7 units: ceil(sqrt(7 * 4 / 3)) = ceil(3.06) = 4 columns, 2 rows.
    const placed = placeTiles(
      ["a", "b", "c", "d", "e", "f", "g"].map((code) => unit(code)),
      {},
    );
    expect(placed.map(({ col, row }) => [col, row])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it("refuses a layout that puts two units on one square", () => {
    expect(() =>
      placeTiles([unit("1"), unit("2")], { "1": { col: 0, row: 0 }, "2": { col: 0, row: 0 } }),
    ).toThrow(RangeError);
  });
});

describe("tile map geometry", () => {
  it("draws squares from the grid, trimmed to the used rows and columns, with the viewBox around them", () => {
    const map = tileMap([unit("a"), unit("b")], { a: { col: 3, row: 2 }, b: { col: 4, row: 3 } });
    const step = TILE_SIZE + TILE_GAP; // 68
    // a is the first column and row after trimming: at the 2-unit padding.
    expect(map.tiles[0]).toMatchObject({ x: 2, y: 2, cx: 34, cy: 34, path: "M2 2h64v64h-64Z" });
    expect(map.tiles[1]).toMatchObject({ x: 2 + step, y: 2 + step, path: "M70 70h64v64h-64Z" });
    // Two columns: 2 + 68 + 64 + 2 = 136.
    expect(map.width).toBe(136);
    expect(map.height).toBe(136);
  });

  it("sizes the whole province to its 7 × 4 grid", () => {
    const map = tileMap(
      SHANDONG_CITIES.map((city) => unit(city.code)),
      SHANDONG_CITY_TILES,
    );
    expect(map.tiles).toHaveLength(16);
    expect(map.width).toBe(2 + 7 * 68 - 4 + 2); // 476
    expect(map.height).toBe(2 + 4 * 68 - 4 + 2); // 272
  });

  it("is empty without units", () => {
    expect(tileMap([], {})).toEqual({ width: 0, height: 0, tiles: [] });
  });
});

describe("tile labels", () => {
  it("drop the administrative suffix where two characters remain", () => {
    expect(tileLabel("历下区", 4)).toBe("历下");
    expect(tileLabel("寿光市", 4)).toBe("寿光");
    expect(tileLabel("平阴县", 4)).toBe("平阴");
    // 1 character would remain: the name stays whole.
    expect(tileLabel("沙市", 4)).toBe("沙市");
    expect(tileLabel("Lixia District", 9)).toBe("Lixia");
  });

  it("are set smaller past 7 characters, so a long Latin name stays on its square", () => {
    expect(tileLabelSize("Changle", 12)).toBe(12);
    expect(tileLabelSize("Shouguang", 12)).toBe(10);
    expect(tileLabelSize("济南高…", 12)).toBe(12);
  });

  it("cut a long name with an ellipsis", () => {
    expect(tileLabel("济南高新技术产业开发区", 4)).toBe("济南高…");
    expect(tileLabel("Dongchangfu District", 9)).toBe("Dongchan…");
    expect(tileLabel("Dezhou Tianqu New Area", 9)).toBe("Dezhou T…");
  });

  it("abbreviate a zone's long Latin name to the initials after its city's name, so a city's zones differ", () => {
    expect(tileLabel("Dongying Economic and Technological Development Zone", 9)).toBe("ETDZ");
    expect(tileLabel("Dongying Gang Economic Development Zone", 9)).toBe("GEDZ");
    expect(tileLabel("Weihai Torch High-tech Industrial Development Zone", 9)).toBe("THIDZ");
    expect(tileLabel("Jinan High-tech Industrial Development Zone", 9)).toBe("HIDZ");
    // Short enough to stand whole: unchanged.
    expect(tileLabel("Test Zone", 9)).toBe("Test Zone");
  });
});
