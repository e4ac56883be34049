// Real county-level divisions of the three cities in the seeds (shared/reference/indicators.md §5), with their
// administrative codes; functional zones have no official code here. Towns, schools and people are synthetic.
import type { CountyKind } from "@/lib/generated/prisma/enums";

export interface CountySeed {
  name: string;
  nameEn: string;
  /** Short pinyin used in demo login names */
  slug: string;
  code: string | null;
  kind: CountyKind;
  /** 0 = city core (all urban), 1 = outer district, 2 = rural county */
  rurality: 0 | 1 | 2;
}

export interface CitySeed {
  name: string;
  nameEn: string;
  slug: string;
  code: string;
  counties: CountySeed[];
}

const d = (
  name: string,
  nameEn: string,
  slug: string,
  code: string | null,
  kind: CountyKind,
  rurality: 0 | 1 | 2,
) => ({
  name,
  nameEn,
  slug,
  code,
  kind,
  rurality,
});

export const DEMO_CITIES: CitySeed[] = [
  {
    name: "济南市",
    nameEn: "Jinan",
    slug: "jinan",
    code: "370100",
    counties: [
      d("历下区", "Lixia District", "lixia", "370102", "DISTRICT", 0),
      d("市中区", "Shizhong District", "shizhong", "370103", "DISTRICT", 0),
      d("槐荫区", "Huaiyin District", "huaiyin", "370104", "DISTRICT", 0),
      d("天桥区", "Tianqiao District", "tianqiao", "370105", "DISTRICT", 0),
      d("历城区", "Licheng District", "licheng", "370112", "DISTRICT", 1),
      d("长清区", "Changqing District", "changqing", "370113", "DISTRICT", 1),
      d("章丘区", "Zhangqiu District", "zhangqiu", "370114", "DISTRICT", 1),
      d("济阳区", "Jiyang District", "jiyang", "370115", "DISTRICT", 2),
      d("莱芜区", "Laiwu District", "laiwu", "370116", "DISTRICT", 1),
      d("钢城区", "Gangcheng District", "gangcheng", "370117", "DISTRICT", 1),
      d("平阴县", "Pingyin County", "pingyin", "370124", "COUNTY", 2),
      d("商河县", "Shanghe County", "shanghe", "370126", "COUNTY", 2),
      d("济南高新区", "Jinan High-tech Zone", "jngx", null, "FUNCTIONAL_ZONE", 1),
    ],
  },
  {
    name: "滨州市",
    nameEn: "Binzhou",
    slug: "binzhou",
    code: "371600",
    counties: [
      d("滨城区", "Bincheng District", "bincheng", "371602", "DISTRICT", 1),
      d("沾化区", "Zhanhua District", "zhanhua", "371603", "DISTRICT", 2),
      d("惠民县", "Huimin County", "huimin", "371621", "COUNTY", 2),
      d("阳信县", "Yangxin County", "yangxin", "371622", "COUNTY", 2),
      d("无棣县", "Wudi County", "wudi", "371623", "COUNTY", 2),
      d("博兴县", "Boxing County", "boxing", "371625", "COUNTY", 2),
      d("邹平市", "Zouping City", "zouping", "371681", "COUNTY_CITY", 2),
      d("滨州经济技术开发区", "Binzhou Economic Development Zone", "bzkfq", null, "FUNCTIONAL_ZONE", 1),
    ],
  },
  {
    name: "潍坊市",
    nameEn: "Weifang",
    slug: "weifang",
    code: "370700",
    counties: [
      d("潍城区", "Weicheng District", "weicheng", "370702", "DISTRICT", 0),
      d("寒亭区", "Hanting District", "hanting", "370703", "DISTRICT", 1),
      d("坊子区", "Fangzi District", "fangzi", "370704", "DISTRICT", 1),
      d("奎文区", "Kuiwen District", "kuiwen", "370705", "DISTRICT", 0),
      d("临朐县", "Linqu County", "linqu", "370724", "COUNTY", 2),
      d("昌乐县", "Changle County", "changle", "370725", "COUNTY", 2),
      d("青州市", "Qingzhou City", "qingzhou", "370781", "COUNTY_CITY", 2),
      d("诸城市", "Zhucheng City", "zhucheng", "370782", "COUNTY_CITY", 2),
      d("寿光市", "Shouguang City", "shouguang", "370783", "COUNTY_CITY", 2),
      d("安丘市", "Anqiu City", "anqiu", "370784", "COUNTY_CITY", 2),
      d("高密市", "Gaomi City", "gaomi", "370785", "COUNTY_CITY", 2),
      d("昌邑市", "Changyi City", "changyi", "370786", "COUNTY_CITY", 2),
      d(
        "潍坊滨海经济技术开发区",
        "Weifang Binhai Economic Development Zone",
        "wfbh",
        null,
        "FUNCTIONAL_ZONE",
        2,
      ),
    ],
  },
];

/** The other cities of Shandong, used (with synthetic counties) only at benchmark and province scale. */
export const OTHER_SHANDONG_CITIES: { name: string; nameEn: string; slug: string; code: string }[] = [
  { name: "青岛市", nameEn: "Qingdao", slug: "qingdao", code: "370200" },
  { name: "淄博市", nameEn: "Zibo", slug: "zibo", code: "370300" },
  { name: "枣庄市", nameEn: "Zaozhuang", slug: "zaozhuang", code: "370400" },
  { name: "东营市", nameEn: "Dongying", slug: "dongying", code: "370500" },
  { name: "烟台市", nameEn: "Yantai", slug: "yantai", code: "370600" },
  { name: "济宁市", nameEn: "Jining", slug: "jining", code: "370800" },
  { name: "泰安市", nameEn: "Tai'an", slug: "taian", code: "370900" },
  { name: "威海市", nameEn: "Weihai", slug: "weihai", code: "371000" },
  { name: "日照市", nameEn: "Rizhao", slug: "rizhao", code: "371100" },
  { name: "临沂市", nameEn: "Linyi", slug: "linyi", code: "371300" },
  { name: "德州市", nameEn: "Dezhou", slug: "dezhou", code: "371400" },
  { name: "聊城市", nameEn: "Liaocheng", slug: "liaocheng", code: "371500" },
  { name: "菏泽市", nameEn: "Heze", slug: "heze", code: "371700" },
];

/** Characters for synthetic place names (towns, villages). */
export const PLACE_CHARS =
  "龙凤石柳杨王李张马东西南北高新大小仁和安宁兴华明光金玉青白黄红长平清河泉山桥庄店集口屯营台湖坡岭田家官孙刘赵辛梁郭胡林徐朱崔唐姜宋";
