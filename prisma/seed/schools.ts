// A county's towns and schools: subdistricts with the county seat's schools, towns with their central schools and
// village schools; each school's enrolment.
import type { Ownership, SchoolLevel, TownKind } from "@/lib/generated/prisma/enums";
import type { CountyProfile } from "./counties";
import type { CityRow, CountyRow, TownRow, SchoolRow, DemoDataset } from "./dataset";
import { PLACE_CHARS, type CountySeed } from "./geography";
import type { SeededRandom } from "./random";

function placeName(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const name = random.pick([...PLACE_CHARS]) + random.pick([...PLACE_CHARS]);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

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
  const countyShort = county.name.replace(/(区|县|市|（模拟）)+$/, "").slice(0, 4);
  const [subdistricts, towns, townships] =
    seed.rurality === 0
      ? [random.int(8, 12), 0, 0]
      : seed.rurality === 1
        ? [random.int(3, 5), random.int(5, 8), 0]
        : [random.int(2, 4), random.int(6, 10), random.int(0, 1)];
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
  const newTown = (kind: TownKind): TownRow => {
    const base = placeName(random, usedNames);
    const town: TownRow = {
      id: data.towns.length + 1,
      countyId: county.id,
      name: base + (kind === "SUBDISTRICT" ? "街道" : kind === "TOWN" ? "镇" : "乡"),
      kind,
    };
    data.towns.push(town);
    return town;
  };
  const repeat = (expected: number) => {
    const whole = Math.floor(expected);
    return whole + (random.chance(expected - whole) ? 1 : 0);
  };

  // Urban subdistricts: the county seat's schools.
  for (let i = 0; i < subdistricts; i++) {
    const town = newTown("SUBDISTRICT");
    const street = town.name.replace("街道", "");
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
    if (i === 0) {
      addSchool(town, {
        name: `${countyShort}第一中学`,
        level: "SENIOR_HIGH",
        ownership: "PUBLIC",
        locationClass: "URBAN",
        isTownSeat: false,
      });
      addSchool(town, {
        name: `${countyShort}实验学校`,
        level: random.chance(0.3) ? "TWELVE_YEAR" : "COMPLETE_SECONDARY",
        ownership: "PUBLIC",
        locationClass: "URBAN",
        isTownSeat: false,
      });
      addSchool(town, {
        name: `${countyShort}特殊教育学校`,
        level: "SPECIAL_EDUCATION",
        ownership: "PUBLIC",
        locationClass: "URBAN",
        isTownSeat: false,
      });
      if (seed.rurality > 0) {
        addSchool(town, {
          name: `${countyShort}职业中等专业学校`,
          level: "VOCATIONAL",
          ownership: "PUBLIC",
          locationClass: "URBAN",
          isTownSeat: false,
        });
      }
    }
  }
  // Towns: a town seat with its central schools, and village schools around it.
  for (let i = 0; i < towns + townships; i++) {
    const town = newTown(i < towns ? "TOWN" : "TOWNSHIP");
    const seat = town.name.replace(/[镇乡]$/, "");
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
    for (let k = 0; k < repeat(0.7 * density); k++) {
      addSchool(town, {
        name: `${seat}${placeName(random, usedNames)}村小学`,
        level: "PRIMARY",
        ownership: "PUBLIC",
        locationClass: "VILLAGE",
        isTownSeat: false,
      });
    }
    for (let k = 0; k < repeat(0.35 * density); k++) {
      addSchool(town, {
        name: `${seat}${placeName(random, usedNames)}村幼儿园`,
        level: "KINDERGARTEN",
        ownership: random.chance(0.7) ? "PUBLIC" : "PRIVATE_INCLUSIVE",
        locationClass: "VILLAGE",
        isTownSeat: false,
        kindergartenGrade: random.pick(["CLASS_2", "CLASS_3", "UNRATED"] as const),
      });
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
