// A county's schools over its real towns: 街道 with urban schools (the first one with the county seat's), 镇 and 乡
// with their central schools in the town seat (镇区) and village schools (乡村) around it; each school's enrolment.
import type { LocationClass, Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import type { UrbanRuralCode } from "@/lib/indicators/urban-rural-code";
import type { CountyProfile } from "./counties";
import type { CityRow, CountyRow, TownRow, SchoolRow, DemoDataset } from "./dataset";
import { PLACE_CHARS, type CountySeed } from "./geography";
import type { SeededRandom } from "./random";

/**
 * The 街道 that NBS lists first are the old town centre; outside the city core the later ones are mostly former
 * towns (撤镇设街道) that still have villages, so they also get village schools.
 */
const SEAT_SUBDISTRICTS = 2;

const ZONE_SHORT_NAMES: [RegExp, string][] = [
  [/高新?技术产业开发区$/, "高新区"],
  [/高新技术开发区$/, "高新区"],
  [/经济技术开发区$/, "经开区"],
  [/经济开发区$/, "开发区"],
];

/** A county's name as schools carry it: 商河 for 商河县, 单县 as it is, 济南高新区 for 济南高新技术产业开发区. */
function shortName(county: CountyRow): string {
  if (county.kind === "FUNCTIONAL_ZONE")
    return ZONE_SHORT_NAMES.reduce((name, [suffix, short]) => name.replace(suffix, short), county.name);
  return county.name.length > 2 ? county.name.replace(/[区县市]$/, "") : county.name;
}

function placeName(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const name = random.pick([...PLACE_CHARS]) + random.pick([...PLACE_CHARS]);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/**
 * The demo's 城乡分类代码: the most common code of each location class (a bureau keeps the exact one), derived
 * rather than drawn so that the seed's random sequence, and with it every other demo figure, stays as it was.
 */
export const DEMO_URBAN_RURAL_CODES: Record<LocationClass, UrbanRuralCode> = {
  URBAN: "111",
  TOWN_AREA: "121",
  VILLAGE: "220",
};

export function generateTownsAndSchools(
  data: DemoDataset,
  city: CityRow,
  county: CountyRow,
  seed: CountySeed,
  profile: CountyProfile,
  density: number,
  random: SeededRandom,
): SchoolRow[] {
  const usedNames = new Set<string>();
  const countyShort = shortName(county);
  const countySchools: SchoolRow[] = [];
  const addSchool = (
    town: TownRow,
    partial: Omit<
      SchoolRow,
      | "id"
      | "code"
      | "townId"
      | "countyId"
      | "cityId"
      | "isActive"
      | "kindergartenGrade"
      | "isTownCentralKindergarten"
    > &
      Partial<Pick<SchoolRow, "kindergartenGrade" | "isTownCentralKindergarten">>,
  ): SchoolRow => {
    const id = data.schools.length + 1;
    const school: SchoolRow = {
      id,
      code: `9${String(city.id).padStart(2, "0")}${String(id).padStart(7, "0")}`,
      townId: town.id,
      countyId: county.id,
      cityId: city.id,
      isActive: true,
      isTownCentralKindergarten: false,
      kindergartenGrade: null,
      ...partial,
    };
    data.schools.push(school);
    countySchools.push(school);
    return school;
  };
  const repeat = (expected: number) => {
    const whole = Math.floor(expected);
    return whole + (random.chance(expected - whole) ? 1 : 0);
  };

  // The county seat's schools, in its first 街道 (in its first town where it has none).
  const seatSchools = (town: TownRow, locationClass: LocationClass) => {
    addSchool(town, {
      name: `${countyShort}第一中学`,
      level: "SENIOR_HIGH",
      ownership: "PUBLIC",
      locationClass,
      isTownSeat: false,
    });
    addSchool(town, {
      name: `${countyShort}实验学校`,
      level: random.chance(0.3) ? "TWELVE_YEAR" : "COMPLETE_SECONDARY",
      ownership: "PUBLIC",
      locationClass,
      isTownSeat: false,
    });
    addSchool(town, {
      name: `${countyShort}特殊教育学校`,
      level: "SPECIAL_EDUCATION",
      ownership: "PUBLIC",
      locationClass,
      isTownSeat: false,
    });
    if (seed.rurality > 0) {
      addSchool(town, {
        name: `${countyShort}职业中等专业学校`,
        level: "VOCATIONAL",
        ownership: "PUBLIC",
        locationClass,
        isTownSeat: false,
      });
    }
  };
  const urbanSchools = (town: TownRow) => {
    const street = town.name.replace(county.name, "").replace(/(街道|(经济开发区)?直属乡镇)$/, "");
    for (let k = 0; k < Math.max(1, repeat(1.2 * density)); k++) {
      addSchool(town, {
        name: `${countyShort}${street}${k === 0 ? "" : "第" + (k + 1)}小学`,
        level: "PRIMARY",
        ownership: random.chance(0.06) ? "PRIVATE" : "PUBLIC",
        locationClass: "URBAN",
        isTownSeat: false,
      });
    }
    for (let k = 0; k < repeat(0.5 * density); k++) {
      addSchool(town, {
        name: `${countyShort}${street}${k === 0 ? "" : "第" + (k + 1)}中学`,
        level: random.chance(0.15) ? "NINE_YEAR" : "JUNIOR",
        ownership: "PUBLIC",
        locationClass: "URBAN",
        isTownSeat: false,
      });
    }
    for (let k = 0; k < Math.max(1, repeat(0.9 * density)); k++) {
      const ownership: Ownership = random.weighted([
        { weight: 6, value: "PUBLIC" as const },
        { weight: 3, value: "PRIVATE_INCLUSIVE" as const },
        { weight: 1, value: "PRIVATE" as const },
      ]);
      addSchool(town, {
        name: `${countyShort}${street}${k === 0 ? "" : "第" + (k + 1)}幼儿园`,
        level: "KINDERGARTEN",
        ownership,
        locationClass: "URBAN",
        isTownSeat: false,
        kindergartenGrade: random.pick(["PROVINCIAL_DEMO", "CLASS_1", "CLASS_2"] as const),
      });
    }
  };
  const villageSchools = (town: TownRow, place: string) => {
    for (let k = 0; k < repeat(0.7 * density); k++) {
      addSchool(town, {
        name: `${place}${placeName(random, usedNames)}村小学`,
        level: "PRIMARY",
        ownership: "PUBLIC",
        locationClass: "VILLAGE",
        isTownSeat: false,
      });
    }
    for (let k = 0; k < repeat(0.35 * density); k++) {
      addSchool(town, {
        name: `${place}${placeName(random, usedNames)}村幼儿园`,
        level: "KINDERGARTEN",
        ownership: random.chance(0.7) ? "PUBLIC" : "PRIVATE_INCLUSIVE",
        locationClass: "VILLAGE",
        isTownSeat: false,
        kindergartenGrade: random.pick(["CLASS_2", "CLASS_3", "UNRATED"] as const),
      });
    }
  };
  // A town seat with its central schools, and village schools around it.
  const townSchools = (town: TownRow) => {
    const seat = town.name.replace(county.name, "");
    const nineYear = random.chance(0.3);
    addSchool(town, {
      name: `${seat}${nineYear ? "学校" : "中心小学"}`,
      level: nineYear ? "NINE_YEAR" : "PRIMARY",
      ownership: "PUBLIC",
      locationClass: "TOWN_AREA",
      isTownSeat: true,
    });
    if (!nineYear || random.chance(0.3)) {
      addSchool(town, {
        name: `${seat}初级中学`,
        level: "JUNIOR",
        ownership: "PUBLIC",
        locationClass: "TOWN_AREA",
        isTownSeat: true,
      });
    }
    addSchool(town, {
      name: `${seat}中心幼儿园`,
      level: "KINDERGARTEN",
      ownership: "PUBLIC",
      locationClass: "TOWN_AREA",
      isTownSeat: true,
      isTownCentralKindergarten: true,
      kindergartenGrade: random.chance(profile.demoKindergartenShare)
        ? "PROVINCIAL_DEMO"
        : random.pick(["CLASS_1", "CLASS_2"] as const),
    });
    villageSchools(town, seat);
  };

  // NBS's 类似乡级单位 (development zones, parks, service centres) get schools only in a county that has no other
  // town, and then urban ones.
  const hasOtherTowns = seed.towns.some((town) => town.kind !== "OTHER_UNIT");
  let subdistricts = 0;
  let hasSeat = false;
  for (const official of seed.towns) {
    const town: TownRow = { id: data.towns.length + 1, countyId: county.id, ...official };
    data.towns.push(town);
    if (town.kind === "TOWN" || town.kind === "TOWNSHIP") {
      if (!hasSeat) seatSchools(town, "TOWN_AREA");
      hasSeat = true;
      townSchools(town);
    } else if (town.kind === "SUBDISTRICT" || !hasOtherTowns) {
      urbanSchools(town);
      if (!hasSeat) seatSchools(town, "URBAN");
      hasSeat = true;
      if (seed.rurality > 0 && subdistricts >= SEAT_SUBDISTRICTS)
        villageSchools(town, town.name.replace(county.name, "").replace(/街道$/, ""));
      subdistricts++;
    }
  }
  return countySchools;
}

export function baseEnrolment(school: SchoolRow, profile: CountyProfile, random: SeededRandom): number {
  const urban = school.locationClass === "URBAN";
  const village = school.locationClass === "VILLAGE";
  const range: Record<SchoolLevel, [number, number]> = {
    KINDERGARTEN: urban ? [160, 420] : village ? [25, 140] : [140, 360],
    PRIMARY: urban ? [650, 1900] : village ? [35, 360] : [380, 1200],
    JUNIOR: urban ? [600, 1800] : [330, 1050],
    NINE_YEAR: urban ? [1000, 2600] : [480, 1500],
    TWELVE_YEAR: [1800, 3200],
    COMPLETE_SECONDARY: [1400, 2800],
    SENIOR_HIGH: [1200, 3000],
    SPECIAL_EDUCATION: [70, 260],
    VOCATIONAL: [800, 3000],
  };
  const [min, max] = range[school.level];
  return Math.round(random.uniform(min, max) * profile.size);
}
