// The schematic tile map's geometry (decision 0036): pure, so the page's <svg> and the briefing PDF's <Svg> draw the
// same squares from the same path data.
import type { TilePosition } from "./tile-layouts";

export interface TileUnit {
  /** Official code, when the unit has one: the key of the hand-made layout */
  code: string | null;
}

export interface Tile<U extends TileUnit> {
  unit: U;
  col: number;
  row: number;
  x: number;
  y: number;
  size: number;
  /** SVG path data of the square ("M x y h s v s h -s Z"), for <path d> and react-pdf's <Path d> */
  path: string;
  /** Centre of the square, where the label goes */
  cx: number;
  cy: number;
}

export interface TileMap<U extends TileUnit> {
  width: number;
  height: number;
  tiles: Tile<U>[];
}

export const TILE_SIZE = 64;
export const TILE_GAP = 4;
const PADDING = 2;

/**
 * Grid positions of `units`: those the layout knows keep their square; the others (functional zones without a
 * code, a city not laid out by hand) follow in input order, row by row below the known block, wrapped at its width.
 * With no known position at all they form a compact grid about 4:3 wide.
 */
export function placeTiles<U extends TileUnit>(
  units: readonly U[],
  layout: Readonly<Record<string, TilePosition>>,
): { unit: U; col: number; row: number }[] {
  const known = units.flatMap((unit) => {
    const position = unit.code ? layout[unit.code] : undefined;
    return position ? [{ unit, ...position }] : [];
  });
  const rest = units.filter((unit) => !(unit.code && layout[unit.code]));
  const taken = new Set(known.map((tile) => `${tile.col},${tile.row}`));
  if (taken.size !== known.length) throw new RangeError("Two units share a square of the layout");
  const width =
    known.length > 0
      ? Math.max(...known.map((tile) => tile.col)) + 1
      : Math.max(1, Math.ceil(Math.sqrt((rest.length * 4) / 3)));
  const firstRow = known.length > 0 ? Math.max(...known.map((tile) => tile.row)) + 1 : 0;
  return [
    ...known,
    ...rest.map((unit, index) => ({ unit, col: index % width, row: firstRow + Math.floor(index / width) })),
  ];
}

/** Squares of `TILE_SIZE` with `TILE_GAP` between them; the grid's empty leading rows and columns are trimmed. */
export function tileMap<U extends TileUnit>(
  units: readonly U[],
  layout: Readonly<Record<string, TilePosition>>,
): TileMap<U> {
  const placed = placeTiles(units, layout);
  if (placed.length === 0) return { width: 0, height: 0, tiles: [] };
  const minCol = Math.min(...placed.map((tile) => tile.col));
  const minRow = Math.min(...placed.map((tile) => tile.row));
  const step = TILE_SIZE + TILE_GAP;
  const tiles = placed.map(({ unit, col, row }) => {
    const x = PADDING + (col - minCol) * step;
    const y = PADDING + (row - minRow) * step;
    return {
      unit,
      col,
      row,
      x,
      y,
      size: TILE_SIZE,
      path: `M${x} ${y}h${TILE_SIZE}v${TILE_SIZE}h${-TILE_SIZE}Z`,
      cx: x + TILE_SIZE / 2,
      cy: y + TILE_SIZE / 2,
    };
  });
  const cols = Math.max(...tiles.map((tile) => tile.col)) - minCol + 1;
  const rows = Math.max(...tiles.map((tile) => tile.row)) - minRow + 1;
  return {
    width: 2 * PADDING + cols * step - TILE_GAP,
    height: 2 * PADDING + rows * step - TILE_GAP,
    tiles,
  };
}

const SUFFIXES = /(特别行政区|自治县|区|县|市| District| County| City)$/u;

/**
 * The name as it fits on a square: the administrative suffix dropped (历下区 → 历下, where two characters or more
 * remain) and cut to `maxLength` characters with an ellipsis (a functional zone's long name). A long Latin name of a
 * zone becomes the initials of the words after its city's name, the usual abbreviation (Dongying Economic and
 * Technological Development Zone → ETDZ), since cutting it would leave the city's name alone — on 东营's map the same
 * label as 东营区 and the other zone. The full name is the square's tooltip and accessible name.
 */
export function tileLabel(name: string, maxLength: number): string {
  const stripped = name.replace(SUFFIXES, "");
  const short = [...stripped].length >= 2 ? stripped : name;
  const chars = [...short];
  if (chars.length <= maxLength) return short;
  const words = short.split(" ");
  if (words.length > 2 && words.at(-1) === "Zone") {
    const initials = words
      .slice(1)
      .filter((word) => word !== "and")
      .map((word) => word[0]!.toUpperCase())
      .join("");
    if (initials.length <= maxLength) return initials;
  }
  return `${chars.slice(0, maxLength - 1).join("")}…`;
}

/** The label's font size: `size` for up to 7 characters, smaller for a longer Latin name (Shouguang, Zhucheng). */
export function tileLabelSize(label: string, size: number): number {
  return [...label].length > 7 ? size - 2 : size;
}
