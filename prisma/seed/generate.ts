// Deterministic generator of realistic demo data (fixed seed). Cities, counties and towns are Shandong's real ones
// (prisma/seed/geography.ts); schools and people are synthetic. Rural and urban schools differ in teacher degrees,
// ages, subjects, titles and facilities, and counties differ from each other, so that the indicators are
// interesting: some counties above the 1.05 ratio and some below, some rural schools outside groups, and so on.
// `scale` grows the data set towards province size (16 cities, 152 counties, 1,853 towns, ~20,000 schools,
// ~1,000,000 teachers at 17.5): more cities (prisma/seed/counties.ts) and more schools per town (density).
// Each part has a module of its own (counties, schools, teachers, groups, facilities, projects, submissions, users);
// all draw from one seeded random source, so the order of the calls below is part of the data: keep it, and check
// with `npm run db:seed-checksum` that a refactoring leaves the data as it was.
import { quarterOf, schoolYearOf, utcDay } from "@/lib/utils/periods";
import { type CountyProfile, chooseCities, drawProfile } from "./counties";
import type { CityRow, CountyRow, DemoDataset } from "./dataset";
import { generateFacilities } from "./facilities";
import type { CountySeed } from "./geography";
import { generateGroups } from "./groups";
import { generateProjects } from "./projects";
import { SeededRandom } from "./random";
import { baseEnrolment, generateTownsAndSchools } from "./schools";
import { generateReporting } from "./submissions";
import { generateRotations, generateStaff } from "./teachers";
import { generateUsers } from "./users";

export const DEMO_SEED = 20_270_105;

export interface GenerateOptions {
  scale: number;
  /** Anchor of the data: the current quarter and school year are those of this day. */
  asOf: Date;
  seed?: number;
}

export function generateDemoData(options: GenerateOptions): DemoDataset {
  const random = new SeededRandom(options.seed ?? DEMO_SEED);
  const asOf = utcDay(options.asOf);
  const scale = Math.max(0.2, options.scale);
  const density = scale <= 1 ? scale : 1 + (scale - 1) * 0.25;
  const currentQuarter = quarterOf(asOf);
  const currentSchoolYear = schoolYearOf(asOf);

  const data: DemoDataset = {
    asOf,
    currentQuarter,
    currentSchoolYear,
    cities: [],
    counties: [],
    towns: [],
    schools: [],
    groups: [],
    groupMembers: [],
    teachers: [],
    posts: [],
    rotations: [],
    facilities: [],
    projects: [],
    periods: [],
    submissions: [],
    submissionValues: [],
    submissionEvents: [],
    submissionRevisions: [],
    users: [],
  };

  const cities = chooseCities(scale);
  const profiles = new Map<number, CountyProfile>();
  for (const citySeed of cities) {
    const city: CityRow = {
      id: data.cities.length + 1,
      code: citySeed.code,
      name: citySeed.name,
      nameEn: citySeed.nameEn,
      bureauName: `${citySeed.name}教育局`,
      slug: citySeed.slug,
    };
    data.cities.push(city);
    citySeed.counties.forEach((countySeed, index) => {
      const county: CountyRow = {
        id: data.counties.length + 1,
        cityId: city.id,
        code: countySeed.code,
        name: countySeed.name,
        nameEn: countySeed.nameEn,
        kind: countySeed.kind,
        sortOrder: index,
        slug: countySeed.slug,
      };
      data.counties.push(county);
      const profile = drawProfile(countySeed, random);
      profiles.set(county.id, profile);
      generateCounty(data, city, county, countySeed, profile, density, random);
    });
  }
  generateReporting(data, profiles, random);
  generateUsers(data);
  return data;
}

function generateCounty(
  data: DemoDataset,
  city: CityRow,
  county: CountyRow,
  seed: CountySeed,
  profile: CountyProfile,
  density: number,
  random: SeededRandom,
): void {
  const countySchools = generateTownsAndSchools(data, city, county, seed, profile, density, random);
  const enrolment = new Map<number, number>();
  for (const school of countySchools) enrolment.set(school.id, baseEnrolment(school, profile, random));
  for (const school of countySchools)
    generateStaff(data, school, enrolment.get(school.id) ?? 0, profile, random);
  generateGroups(data, county, countySchools, profile, random);
  generateRotations(data, countySchools, random);
  for (const school of countySchools)
    generateFacilities(data, school, enrolment.get(school.id) ?? 0, profile, random);
  generateProjects(data, county, countySchools, density, random);
}
