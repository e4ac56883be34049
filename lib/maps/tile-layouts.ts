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

/**
 * The counties of each of the 16 cities, functional zones with an NBS code included (tests/unit/maps/tile-layouts.test.ts
 * checks every county of lib/divisions/shandong.json has one square). Gaps stand for a neighbouring city's land or the sea.
 */
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
  // 青岛: 平度 and 莱西 inland in the north, 黄岛 across 胶州湾 to the south-west, the old city (市北, 市南) at the tip
  "370200": {
    "370283": { col: 0, row: 0 }, // 平度市
    "370285": { col: 1, row: 0 }, // 莱西市
    "370281": { col: 0, row: 1 }, // 胶州市
    "370214": { col: 1, row: 1 }, // 城阳区
    "370215": { col: 2, row: 1 }, // 即墨区
    "370211": { col: 0, row: 2 }, // 黄岛区
    "370213": { col: 1, row: 2 }, // 李沧区
    "370212": { col: 2, row: 2 }, // 崂山区
    "370203": { col: 1, row: 3 }, // 市北区
    "370202": { col: 2, row: 3 }, // 市南区
  },
  // 淄博: 高青 north of 滨州's 邹平 (the gap), the city core in the middle, 博山 and 沂源 in the hills to the south
  "370300": {
    "370322": { col: 0, row: 0 }, // 高青县
    "370321": { col: 1, row: 1 }, // 桓台县
    "370306": { col: 0, row: 2 }, // 周村区
    "370303": { col: 1, row: 2 }, // 张店区
    "370305": { col: 2, row: 2 }, // 临淄区
    "370302": { col: 1, row: 3 }, // 淄川区
    "370304": { col: 0, row: 4 }, // 博山区
    "370323": { col: 1, row: 4 }, // 沂源县
  },
  // 枣庄
  "370400": {
    "370481": { col: 0, row: 0 }, // 滕州市
    "370406": { col: 1, row: 0 }, // 山亭区
    "370403": { col: 0, row: 1 }, // 薛城区
    "370402": { col: 1, row: 1 }, // 市中区
    "370404": { col: 1, row: 2 }, // 峄城区
    "370405": { col: 2, row: 2 }, // 台儿庄区
  },
  // 东营: 东营港 on 河口's coast, the 经济技术开发区 east of 东营区's core
  "370500": {
    "370503": { col: 1, row: 0 }, // 河口区
    "370572": { col: 2, row: 0 }, // 东营港经济开发区
    "370522": { col: 0, row: 1 }, // 利津县
    "370505": { col: 1, row: 1 }, // 垦利区
    "370502": { col: 1, row: 2 }, // 东营区
    "370571": { col: 2, row: 2 }, // 东营经济技术开发区
    "370523": { col: 1, row: 3 }, // 广饶县
  },
  // 烟台: the north coast from 龙口 to 芝罘, 莱州 to the west, 莱阳 and 海阳 to the south
  "370600": {
    "370681": { col: 1, row: 0 }, // 龙口市
    "370614": { col: 2, row: 0 }, // 蓬莱区
    "370676": { col: 3, row: 0 }, // 烟台经济技术开发区
    "370602": { col: 4, row: 0 }, // 芝罘区
    "370683": { col: 0, row: 1 }, // 莱州市
    "370685": { col: 1, row: 1 }, // 招远市
    "370686": { col: 2, row: 1 }, // 栖霞市
    "370611": { col: 3, row: 1 }, // 福山区
    "370613": { col: 4, row: 1 }, // 莱山区
    "370671": { col: 5, row: 1 }, // 烟台高新技术产业开发区
    "370682": { col: 2, row: 2 }, // 莱阳市
    "370687": { col: 3, row: 2 }, // 海阳市
    "370612": { col: 4, row: 2 }, // 牟平区
  },
  // 济宁: 梁山 and 汶上 north of 任城, 曲阜 and 泗水 to the north-east, 微山 along the lake to the south-east
  "370800": {
    "370832": { col: 0, row: 0 }, // 梁山县
    "370830": { col: 1, row: 0 }, // 汶上县
    "370812": { col: 2, row: 0 }, // 兖州区
    "370881": { col: 3, row: 0 }, // 曲阜市
    "370831": { col: 4, row: 0 }, // 泗水县
    "370829": { col: 0, row: 1 }, // 嘉祥县
    "370811": { col: 1, row: 1 }, // 任城区
    "370871": { col: 2, row: 1 }, // 济宁高新技术产业开发区
    "370883": { col: 3, row: 1 }, // 邹城市
    "370828": { col: 0, row: 2 }, // 金乡县
    "370827": { col: 1, row: 2 }, // 鱼台县
    "370826": { col: 2, row: 2 }, // 微山县
  },
  // 泰安: 岱岳 around and south of 泰山区, 新泰 to the east, 东平 and 宁阳 to the south-west
  "370900": {
    "370983": { col: 1, row: 0 }, // 肥城市
    "370902": { col: 2, row: 0 }, // 泰山区
    "370923": { col: 0, row: 1 }, // 东平县
    "370921": { col: 1, row: 1 }, // 宁阳县
    "370911": { col: 2, row: 1 }, // 岱岳区
    "370982": { col: 3, row: 1 }, // 新泰市
  },
  // 威海: 火炬高新区 west and 经济技术开发区 south-east of 环翠's core, 临港 inland, 乳山 to the south-west
  "371000": {
    "371071": { col: 1, row: 0 }, // 威海火炬高技术产业开发区
    "371002": { col: 2, row: 0 }, // 环翠区
    "371072": { col: 3, row: 0 }, // 威海经济技术开发区
    "371073": { col: 1, row: 1 }, // 威海临港经济技术开发区
    "371003": { col: 2, row: 1 }, // 文登区
    "371082": { col: 3, row: 1 }, // 荣成市
    "371083": { col: 1, row: 2 }, // 乳山市
  },
  // 日照
  "371100": {
    "371121": { col: 1, row: 0 }, // 五莲县
    "371122": { col: 0, row: 1 }, // 莒县
    "371102": { col: 1, row: 1 }, // 东港区
    "371171": { col: 2, row: 1 }, // 日照经济技术开发区
    "371103": { col: 1, row: 2 }, // 岚山区
  },
  // 临沂: 蒙阴, 沂南 and 沂水 in the hills to the north, the city core (兰山, 河东, 罗庄) in the middle, 郯城 south
  "371300": {
    "371328": { col: 1, row: 0 }, // 蒙阴县
    "371321": { col: 2, row: 0 }, // 沂南县
    "371323": { col: 3, row: 0 }, // 沂水县
    "371326": { col: 0, row: 1 }, // 平邑县
    "371325": { col: 1, row: 1 }, // 费县
    "371302": { col: 2, row: 1 }, // 兰山区
    "371312": { col: 3, row: 1 }, // 河东区
    "371327": { col: 4, row: 1 }, // 莒南县
    "371371": { col: 1, row: 2 }, // 临沂高新技术产业开发区
    "371311": { col: 2, row: 2 }, // 罗庄区
    "371329": { col: 3, row: 2 }, // 临沭县
    "371324": { col: 1, row: 3 }, // 兰陵县
    "371322": { col: 2, row: 3 }, // 郯城县
  },
  // 德州: 宁津, 庆云 and 乐陵 in the north-east, 德城 and 天衢新区 on the canal, 夏津 south-west, 齐河 by 济南
  "371400": {
    "371422": { col: 3, row: 0 }, // 宁津县
    "371423": { col: 4, row: 0 }, // 庆云县
    "371402": { col: 1, row: 1 }, // 德城区
    "371471": { col: 2, row: 1 }, // 德州天衢新区
    "371403": { col: 3, row: 1 }, // 陵城区
    "371481": { col: 4, row: 1 }, // 乐陵市
    "371428": { col: 0, row: 2 }, // 武城县
    "371426": { col: 1, row: 2 }, // 平原县
    "371482": { col: 2, row: 2 }, // 禹城市
    "371424": { col: 3, row: 2 }, // 临邑县
    "371427": { col: 0, row: 3 }, // 夏津县
    "371425": { col: 2, row: 3 }, // 齐河县
  },
  // 聊城
  "371500": {
    "371581": { col: 1, row: 0 }, // 临清市
    "371526": { col: 2, row: 0 }, // 高唐县
    "371525": { col: 0, row: 1 }, // 冠县
    "371502": { col: 1, row: 1 }, // 东昌府区
    "371503": { col: 2, row: 1 }, // 茌平区
    "371522": { col: 0, row: 2 }, // 莘县
    "371521": { col: 1, row: 2 }, // 阳谷县
    "371524": { col: 2, row: 2 }, // 东阿县
  },
  // 菏泽: the two zones beside 牡丹区's core (高新区 to the east, 经济技术开发区 to the south), 曹县 and 单县 south
  "371700": {
    "371726": { col: 1, row: 0 }, // 鄄城县
    "371725": { col: 2, row: 0 }, // 郓城县
    "371728": { col: 0, row: 1 }, // 东明县
    "371702": { col: 1, row: 1 }, // 牡丹区
    "371772": { col: 2, row: 1 }, // 菏泽高新技术开发区
    "371724": { col: 3, row: 1 }, // 巨野县
    "371771": { col: 1, row: 2 }, // 菏泽经济技术开发区
    "371703": { col: 2, row: 2 }, // 定陶区
    "371723": { col: 3, row: 2 }, // 成武县
    "371721": { col: 2, row: 3 }, // 曹县
    "371722": { col: 3, row: 3 }, // 单县
  },
};

/**
 * The hand-made layout of a city's counties, or none for a city outside Shandong's 16 (its counties are then laid out
 * in a compact grid). A zone set up by hand without a code is placed after the city's known block (placeTiles).
 */
export function countyTilesOf(cityCode: string | null): Readonly<Record<string, TilePosition>> {
  return (cityCode && SHANDONG_COUNTY_TILES[cityCode]) || {};
}
