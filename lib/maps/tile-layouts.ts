// Where each unit sits on the schematic tile map (decision 0036): one square per city or county, placed by hand on a
// grid so that neighbours stay roughly where they are on the ground (west to east, north to south). No boundary
// data is used: no openly licensed county polygons of China could be found, so the map is a diagram, and says so.
// Keys are the GB/T 2260 codes of lib/divisions/shandong.json; a unit not listed here is laid out after them.

export interface TilePosition {
  col: number;
  row: number;
}

/** Shandong's 16 cities. */
export const SHANDONG_CITY_TILES: Readonly<Record<string, TilePosition>> = {
  "371400": { col: 2, row: 0 }, // 德州
  "371600": { col: 3, row: 0 }, // 滨州
  "370500": { col: 4, row: 0 }, // 东营
  "370600": { col: 5, row: 0 }, // 烟台
  "371000": { col: 6, row: 0 }, // 威海
  "371500": { col: 1, row: 1 }, // 聊城
  "370100": { col: 2, row: 1 }, // 济南
  "370300": { col: 3, row: 1 }, // 淄博
  "370700": { col: 4, row: 1 }, // 潍坊
  "370200": { col: 5, row: 1 }, // 青岛
  "371700": { col: 0, row: 2 }, // 菏泽
  "370800": { col: 1, row: 2 }, // 济宁
  "370900": { col: 2, row: 2 }, // 泰安
  "371300": { col: 3, row: 2 }, // 临沂
  "371100": { col: 4, row: 2 }, // 日照
  "370400": { col: 2, row: 3 }, // 枣庄
};

/** The counties of the cities laid out by hand so far (the demo's three); other cities get a compact grid. */
export const SHANDONG_COUNTY_TILES: Readonly<Record<string, Readonly<Record<string, TilePosition>>>> = {
  // 济南
  "370100": {
    "370126": { col: 3, row: 0 }, // 商河县
    "370115": { col: 3, row: 1 }, // 济阳区
    "370176": { col: 4, row: 1 }, // 济南高新技术产业开发区
    "370104": { col: 1, row: 2 }, // 槐荫区
    "370105": { col: 2, row: 2 }, // 天桥区
    "370102": { col: 3, row: 2 }, // 历下区
    "370112": { col: 4, row: 2 }, // 历城区
    "370114": { col: 5, row: 2 }, // 章丘区
    "370113": { col: 1, row: 3 }, // 长清区
    "370103": { col: 2, row: 3 }, // 市中区
    "370116": { col: 4, row: 3 }, // 莱芜区
    "370124": { col: 0, row: 4 }, // 平阴县
    "370117": { col: 5, row: 4 }, // 钢城区
  },
  // 潍坊
  "370700": {
    "370772": { col: 2, row: 0 }, // 潍坊滨海经济技术开发区
    "370783": { col: 1, row: 1 }, // 寿光市
    "370703": { col: 2, row: 1 }, // 寒亭区
    "370786": { col: 3, row: 1 }, // 昌邑市
    "370781": { col: 0, row: 2 }, // 青州市
    "370725": { col: 1, row: 2 }, // 昌乐县
    "370702": { col: 2, row: 2 }, // 潍城区
    "370705": { col: 3, row: 2 }, // 奎文区
    "370724": { col: 1, row: 3 }, // 临朐县
    "370784": { col: 2, row: 3 }, // 安丘市
    "370704": { col: 3, row: 3 }, // 坊子区
    "370785": { col: 4, row: 3 }, // 高密市
    "370782": { col: 3, row: 4 }, // 诸城市
  },
  // 滨州
  "371600": {
    "371623": { col: 1, row: 0 }, // 无棣县
    "371603": { col: 2, row: 0 }, // 沾化区
    "371621": { col: 0, row: 1 }, // 惠民县
    "371622": { col: 1, row: 1 }, // 阳信县
    "371602": { col: 2, row: 1 }, // 滨城区
    "371681": { col: 1, row: 2 }, // 邹平市
    "371625": { col: 2, row: 2 }, // 博兴县
  },
};

/** The hand-made layout of a city's counties, or none (the counties are then laid out in a compact grid). */
export function countyTilesOf(cityCode: string | null): Readonly<Record<string, TilePosition>> {
  return (cityCode && SHANDONG_COUNTY_TILES[cityCode]) || {};
}
