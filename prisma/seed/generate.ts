// Deterministic generator of realistic demo data (fixed seed). Geography of the three seed cities is real;
// everything below the county is synthetic. Rural and urban schools differ in teacher degrees, ages, subjects,
// titles and facilities, and counties differ from each other, so that the indicators are interesting:
// some counties above the 1.05 ratio and some below, some rural schools outside groups, and so on.
// `scale` grows the data set towards province size (16 cities, ~151 counties, ~14,000 schools, ~700,000 teachers).
import type {
  BackboneLevel,
  CountyKind,
  Degree,
  KindergartenGrade,
  LocationClass,
  Ownership,
  PostKind,
  ProfessionalTitle,
  ProjectCategory,
  ProjectStatus,
  Role,
  SchoolLevel,
  Subject,
  SubmissionState,
  TeacherStatus,
  TownKind,
} from "@/lib/generated/prisma/enums";
import { reportedIndicators } from "@/lib/indicators/catalogue";
import {
  addDays,
  addYears,
  isoDay,
  quarterEnd,
  quarterOf,
  recentQuarters,
  schoolYearOf,
  utcDay,
  type Quarter,
} from "@/lib/utils/periods";
import { DEMO_CITIES, OTHER_SHANDONG_CITIES, PLACE_CHARS, type CitySeed, type CountySeed } from "./geography";
import { SeededRandom } from "./random";

export const DEMO_SEED = 20_270_105;

export interface GenerateOptions {
  scale: number;
  /** Anchor of the data: the current quarter and school year are those of this day. */
  asOf: Date;
  seed?: number;
}

export interface CityRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  bureauName: string;
  slug: string;
}
export interface CountyRow {
  id: number;
  cityId: number;
  code: string | null;
  name: string;
  nameEn: string;
  kind: CountyKind;
  sortOrder: number;
  slug: string;
}
export interface TownRow {
  id: number;
  countyId: number;
  name: string;
  kind: TownKind;
}
export interface SchoolRow {
  id: number;
  code: string;
  name: string;
  townId: number;
  countyId: number;
  cityId: number;
  level: SchoolLevel;
  ownership: Ownership;
  locationClass: LocationClass;
  isTownSeat: boolean;
  isTownCentralKindergarten: boolean;
  kindergartenGrade: KindergartenGrade | null;
  isActive: boolean;
}
export interface GroupRow {
  id: number;
  countyId: number;
  name: string;
  kind: "GROUP" | "COMMUNITY";
  isUrbanRural: boolean;
  coreSchoolId: number;
  foundedOn: string;
}
export interface GroupMemberRow {
  groupId: number;
  schoolId: number;
  joinedOn: string;
  leftOn: string | null;
}
export interface TeacherRow {
  id: number;
  schoolId: number;
  staffNo: string;
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  highestDegree: Degree;
  isFullTime: boolean;
  subject: Subject;
  title: ProfessionalTitle;
  backboneLevel: BackboneLevel;
  hasTeachingCertificate: boolean;
  trainingHours5y: number;
  status: TeacherStatus;
  hiredOn: string;
  leftOn: string | null;
}
export interface PostRow {
  id: number;
  teacherId: number;
  schoolId: number;
  kind: PostKind;
  startedOn: string;
  currentTermStartedOn: string;
  endedOn: string | null;
}
export interface RotationRow {
  id: number;
  teacherId: number;
  fromSchoolId: number;
  toSchoolId: number;
  startedOn: string;
  endedOn: string | null;
  note: string | null;
}
export interface FacilityRow {
  id: number;
  schoolId: number;
  schoolYear: number;
  enrolmentPreschool: number;
  enrolmentPrimary: number;
  enrolmentJunior: number;
  enrolmentSenior: number;
  enrolmentSpecial: number;
  classes: number;
  largestClassSize: number;
  classesOverStandardSize: number;
  buildingArea: number;
  teachingAuxArea: number;
  siteArea: number;
  sportsAreaIndoor: number;
  sportsAreaOutdoor: number;
  books: number;
  equipmentValue: number;
  multimediaClassrooms: number;
  musicRooms: number;
  artRooms: number;
  bandwidthMbps: number;
  minClassroomBandwidthMbps: number;
  hasStudio: boolean;
  hasCanteen: boolean;
  hasLaborSite: boolean;
  hasSpecialEdResourceRoom: boolean;
}
export interface ProjectRow {
  id: number;
  countyId: number;
  schoolId: number | null;
  name: string;
  category: ProjectCategory;
  budget: number;
  spent: number;
  plannedStart: string;
  plannedFinish: string;
  actualStart: string | null;
  actualFinish: string | null;
  status: ProjectStatus;
  newPlaces: number;
}
export interface PeriodRow {
  id: number;
  cityId: number;
  year: number;
  quarter: number;
  state: "OPEN" | "CLOSED";
  deadline: string;
  openedAt: string;
  closedAt: string | null;
}
export interface SubmissionRow {
  id: number;
  periodId: number;
  countyId: number;
  state: SubmissionState;
  version: number;
  isLate: boolean;
  submittedAt: string | null;
  approvedAt: string | null;
  returnedAt: string | null;
  returnReason: string | null;
  lastActivityAt: string;
}
export interface SubmissionValueRow {
  id: number;
  submissionId: number;
  indicatorKey: string;
  value: number | null;
  note: string | null;
}
export interface SubmissionEventRow {
  submissionId: number;
  fromState: SubmissionState;
  toState: SubmissionState;
  reason: string | null;
  actor: "county" | "city";
  at: string;
}
export interface SubmissionRevisionRow {
  submissionId: number;
  revision: number;
  values: Record<string, { value: number | null; note: string | null }>;
  submittedAt: string;
}
export interface UserRow {
  loginName: string;
  displayName: string;
  role: Role;
  cityId: number;
  countyId: number | null;
  schoolId: number | null;
}

export interface DemoDataset {
  asOf: Date;
  currentQuarter: Quarter;
  currentSchoolYear: number;
  cities: CityRow[];
  counties: CountyRow[];
  towns: TownRow[];
  schools: SchoolRow[];
  groups: GroupRow[];
  groupMembers: GroupMemberRow[];
  teachers: TeacherRow[];
  posts: PostRow[];
  rotations: RotationRow[];
  facilities: FacilityRow[];
  projects: ProjectRow[];
  periods: PeriodRow[];
  submissions: SubmissionRow[];
  submissionValues: SubmissionValueRow[];
  submissionEvents: SubmissionEventRow[];
  submissionRevisions: SubmissionRevisionRow[];
  users: UserRow[];
}

/** County-level character: drawn once per county so that counties differ. */
interface CountyProfile {
  urbanBachelor: number;
  ruralBachelor: number;
  groupCoverage: number;
  gigabitShare: number;
  studioShare: number;
  laborShare: number;
  youngPrincipalShare: number;
  facilityQuality: number;
  specialEdCentreShare: number;
  demoKindergartenShare: number;
  size: number;
  backboneFactor: number;
}

const COMPULSORY_LEVELS: SchoolLevel[] = ["PRIMARY", "JUNIOR", "NINE_YEAR"];
const PUPILS_PER_TEACHER: Record<SchoolLevel, number> = {
  KINDERGARTEN: 11,
  PRIMARY: 16,
  JUNIOR: 12,
  NINE_YEAR: 13,
  TWELVE_YEAR: 12.5,
  COMPLETE_SECONDARY: 12,
  SENIOR_HIGH: 12.5,
  SPECIAL_EDUCATION: 3.5,
  VOCATIONAL: 17,
};

/** Number of reporting quarters generated, ending with the current one. */
export const DEMO_QUARTERS = 8;
export const DEMO_SCHOOL_YEARS = 3;

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

  const cities = chooseCities(scale, random);
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

function chooseCities(scale: number, random: SeededRandom): CitySeed[] {
  const cityCount = scale <= 1 ? 3 : Math.min(16, Math.round(3 + ((scale - 1) * 7) / 9));
  const extra = OTHER_SHANDONG_CITIES.slice(0, cityCount - DEMO_CITIES.length).map((city): CitySeed => {
    const short = city.name.replace(/市$/, "");
    const suffixes = ["东", "西", "南", "北", "中", "新", "高", "安", "平"];
    return {
      ...city,
      counties: suffixes.map((suffix, i): CountySeed => {
        const isDistrict = i < 3;
        return {
          name: `${short}${suffix}${isDistrict ? "区" : "县"}（模拟）`,
          nameEn: `${city.nameEn} ${isDistrict ? "District" : "County"} ${i + 1} (synthetic)`,
          slug: `${city.slug}${i + 1}`,
          code: null,
          kind: isDistrict ? "DISTRICT" : "COUNTY",
          rurality: isDistrict ? (random.chance(0.5) ? 0 : 1) : 2,
        };
      }),
    };
  });
  return [...DEMO_CITIES, ...extra];
}

function drawProfile(seed: CountySeed, random: SeededRandom): CountyProfile {
  const outer = seed.rurality > 0;
  return {
    urbanBachelor: random.uniform(0.92, 0.985),
    // Rural shares spread so that about half of the counties stay above the 1.05 ratio.
    ruralBachelor: outer ? random.uniform(0.8, 0.965) : random.uniform(0.88, 0.97),
    groupCoverage: random.chance(0.3) ? 1 : random.uniform(0.6, 0.98),
    gigabitShare: random.uniform(0.55, 1),
    studioShare: random.uniform(0.5, 1),
    laborShare: random.uniform(0.55, 1),
    youngPrincipalShare: random.uniform(0.25, 0.65),
    facilityQuality: random.uniform(0.9, 1.35),
    specialEdCentreShare: random.uniform(0.5, 1),
    demoKindergartenShare: random.uniform(0.3, 0.9),
    size: random.uniform(0.8, 1.25),
    backboneFactor: random.uniform(0.8, 1.25),
  };
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

function generateCounty(
  data: DemoDataset,
  city: CityRow,
  county: CountyRow,
  seed: CountySeed,
  profile: CountyProfile,
  density: number,
  random: SeededRandom,
): void {
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

function baseEnrolment(school: SchoolRow, profile: CountyProfile, random: SeededRandom): number {
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

function stageSplit(level: SchoolLevel, total: number) {
  const split = {
    enrolmentPreschool: 0,
    enrolmentPrimary: 0,
    enrolmentJunior: 0,
    enrolmentSenior: 0,
    enrolmentSpecial: 0,
  };
  switch (level) {
    case "KINDERGARTEN":
      split.enrolmentPreschool = total;
      break;
    case "PRIMARY":
      split.enrolmentPrimary = total;
      break;
    case "JUNIOR":
      split.enrolmentJunior = total;
      break;
    case "NINE_YEAR":
      split.enrolmentPrimary = Math.round(total * 0.62);
      split.enrolmentJunior = total - split.enrolmentPrimary;
      break;
    case "TWELVE_YEAR":
      split.enrolmentPrimary = Math.round(total * 0.45);
      split.enrolmentJunior = Math.round(total * 0.28);
      split.enrolmentSenior = total - split.enrolmentPrimary - split.enrolmentJunior;
      break;
    case "COMPLETE_SECONDARY":
      split.enrolmentJunior = Math.round(total * 0.45);
      split.enrolmentSenior = total - split.enrolmentJunior;
      break;
    case "SENIOR_HIGH":
    case "VOCATIONAL":
      split.enrolmentSenior = total;
      break;
    case "SPECIAL_EDUCATION":
      split.enrolmentSpecial = total;
      break;
  }
  return split;
}

const SUBJECT_WEIGHTS: Record<
  "primary" | "secondary" | "kindergarten" | "special" | "vocational",
  [Subject, number][]
> = {
  primary: [
    ["CHINESE", 30],
    ["MATH", 24],
    ["ENGLISH", 8],
    ["SCIENCE", 6],
    ["MORALITY_LAW", 4],
    ["PE", 7],
    ["MUSIC", 5],
    ["ART", 5],
    ["IT", 3],
    ["LABOR", 2],
    ["PSYCHOLOGY", 1],
    ["OTHER", 5],
  ],
  secondary: [
    ["CHINESE", 14],
    ["MATH", 14],
    ["ENGLISH", 13],
    ["PHYSICS", 7],
    ["CHEMISTRY", 5],
    ["BIOLOGY", 5],
    ["HISTORY", 6],
    ["GEOGRAPHY", 5],
    ["MORALITY_LAW", 6],
    ["PE", 7],
    ["MUSIC", 3],
    ["ART", 3],
    ["IT", 4],
    ["PSYCHOLOGY", 2],
    ["OTHER", 4],
  ],
  kindergarten: [
    ["PRESCHOOL", 92],
    ["MUSIC", 3],
    ["ART", 3],
    ["OTHER", 2],
  ],
  special: [
    ["SPECIAL_EDUCATION", 80],
    ["PE", 5],
    ["MUSIC", 5],
    ["ART", 5],
    ["OTHER", 5],
  ],
  vocational: [
    ["VOCATIONAL", 55],
    ["CHINESE", 10],
    ["MATH", 10],
    ["ENGLISH", 8],
    ["PE", 5],
    ["IT", 7],
    ["OTHER", 5],
  ],
};

function subjectTable(level: SchoolLevel) {
  if (level === "KINDERGARTEN") return SUBJECT_WEIGHTS.kindergarten;
  if (level === "PRIMARY") return SUBJECT_WEIGHTS.primary;
  if (level === "SPECIAL_EDUCATION") return SUBJECT_WEIGHTS.special;
  if (level === "VOCATIONAL") return SUBJECT_WEIGHTS.vocational;
  return SUBJECT_WEIGHTS.secondary;
}

const ARTS_AND_PE: Subject[] = ["PE", "MUSIC", "ART"];

function generateStaff(
  data: DemoDataset,
  school: SchoolRow,
  enrolment: number,
  profile: CountyProfile,
  random: SeededRandom,
): void {
  const rural = school.locationClass !== "URBAN";
  const village = school.locationClass === "VILLAGE";
  const ratio = PUPILS_PER_TEACHER[school.level] * (village ? 0.8 : 1);
  const fullTime = Math.max(village ? 5 : 8, Math.round((enrolment / ratio) * random.uniform(0.9, 1.12)));
  const staff = fullTime + Math.round(fullTime * 0.06);
  const subjects = subjectTable(school.level).map(([value, weight]) => ({
    value,
    // Rural schools are short of PE, music and art teachers.
    weight: rural && ARTS_AND_PE.includes(value) ? weight * 0.8 : weight,
  }));
  const bachelorBase =
    (rural ? profile.ruralBachelor : profile.urbanBachelor) +
    (school.level === "KINDERGARTEN"
      ? -0.2
      : school.level === "SENIOR_HIGH" || school.level === "COMPLETE_SECONDARY"
        ? 0.03
        : 0);
  const femaleShare = school.level === "KINDERGARTEN" ? 0.96 : school.level === "PRIMARY" ? 0.74 : 0.6;
  const schoolTeachers: TeacherRow[] = [];

  for (let i = 0; i < staff; i++) {
    const isFullTime = i < fullTime;
    const age = rural
      ? random.chance(0.28)
        ? random.normal(27, 3, 22, 34)
        : random.normal(47, 6, 30, 59)
      : random.normal(40, 8, 22, 59);
    const birthDate = addDays(addYears(data.asOf, -Math.floor(age)), -random.int(0, 364));
    // Younger teachers are more often graduates; the county's level sets the base.
    const bachelorChance = Math.min(0.998, Math.max(0.25, bachelorBase + (42 - age) * 0.004));
    const hasBachelor = random.chance(bachelorChance);
    const highestDegree: Degree = hasBachelor
      ? random.chance(rural ? 0.03 : 0.13)
        ? "POSTGRADUATE"
        : "BACHELOR"
      : random.chance(age > 50 ? 0.2 : 0.06)
        ? "HIGH_SCHOOL_OR_BELOW"
        : "ASSOCIATE";
    const title: ProfessionalTitle =
      age < 27
        ? random.pick(["UNRANKED", "SECOND"] as const)
        : age < 36
          ? random.weighted([
              { weight: 6, value: "SECOND" as const },
              { weight: 4, value: "FIRST" as const },
            ])
          : age < 46
            ? random.weighted([
                { weight: 5, value: "FIRST" as const },
                { weight: rural ? 2 : 4, value: "SENIOR" as const },
                { weight: 1, value: "SECOND" as const },
              ])
            : random.weighted([
                { weight: 4, value: "FIRST" as const },
                { weight: rural ? 3 : 6, value: "SENIOR" as const },
                { weight: 0.15, value: "PROFESSOR" as const },
              ]);
    const backboneRoll = random.next();
    // 县级以上骨干教师: a larger share in urban schools, and more in some counties than in others.
    const backboneRate = (rural ? 0.13 : 0.18) * profile.backboneFactor;
    const backboneLevel: BackboneLevel =
      age < 28 || backboneRoll >= backboneRate
        ? "NONE"
        : backboneRoll < backboneRate * 0.08
          ? "PROVINCE"
          : backboneRoll < backboneRate * 0.35
            ? "CITY"
            : "COUNTY";
    const statusRoll = random.next();
    const status: TeacherStatus =
      statusRoll < 0.955
        ? "ACTIVE"
        : statusRoll < 0.975
          ? "ON_LEAVE"
          : statusRoll < 0.99
            ? "LEFT"
            : "RETIRED";
    const hiredOn = addDays(addYears(birthDate, random.int(21, 24)), random.int(180, 250));
    const teacher: TeacherRow = {
      id: data.teachers.length + 1,
      schoolId: school.id,
      staffNo: `${String(school.countyId).padStart(3, "0")}${String(data.teachers.length + 1).padStart(7, "0")}`,
      name: random.personName(),
      gender: random.chance(femaleShare) ? "FEMALE" : "MALE",
      birthDate: isoDay(birthDate),
      highestDegree,
      isFullTime,
      subject: random.weighted(subjects),
      title,
      backboneLevel,
      hasTeachingCertificate: random.chance(rural ? 0.95 : 0.985),
      trainingHours5y: Math.round(random.normal(415, 80, 60, 620)),
      status,
      hiredOn: isoDay(hiredOn < data.asOf ? hiredOn : addYears(data.asOf, -1)),
      leftOn:
        status === "LEFT" || status === "RETIRED" ? isoDay(addDays(data.asOf, -random.int(10, 300))) : null,
    };
    data.teachers.push(teacher);
    schoolTeachers.push(teacher);
  }
  generatePosts(data, school, enrolment, schoolTeachers, profile, random);
}

function generatePosts(
  data: DemoDataset,
  school: SchoolRow,
  enrolment: number,
  teachers: TeacherRow[],
  profile: CountyProfile,
  random: SeededRandom,
): void {
  const rural = school.locationClass !== "URBAN";
  const vices = enrolment > 1500 ? 2 : enrolment > 250 ? 1 : 0;
  const candidates = random.shuffle(teachers.filter((t) => t.status === "ACTIVE" && t.isFullTime));
  const holders = candidates.slice(0, 1 + vices);
  holders.forEach((teacher, index) => {
    const kind: PostKind = index === 0 ? "PRINCIPAL" : "VICE_PRINCIPAL";
    // The principal's age follows the county's profile in rural schools (target: ≥ 50% aged ≤ 45).
    const young = rural ? random.chance(profile.youngPrincipalShare) : random.chance(0.45);
    const age = young ? random.int(33, 45) : random.int(46, 57);
    const birthDate = addDays(addYears(data.asOf, -age), -random.int(1, 360));
    teacher.birthDate = isoDay(birthDate);
    // Re-aged: the hiring date follows, so a principal never started work as a child.
    teacher.hiredOn = isoDay(addDays(addYears(birthDate, random.int(21, 24)), random.int(180, 250)));
    if (teacher.title === "UNRANKED" || teacher.title === "SECOND" || teacher.title === "THIRD")
      teacher.title = "FIRST";
    if (teacher.highestDegree === "HIGH_SCHOOL_OR_BELOW") teacher.highestDegree = "ASSOCIATE";
    // Most tenures are under two terms; some principals have stayed long enough to be due for rotation.
    const tenureYears = random.chance(0.12) ? random.uniform(6, 12) : random.uniform(0.2, 6.5);
    const startedOn = addDays(data.asOf, -Math.round(tenureYears * 365.25));
    const completedTerms = Math.floor(tenureYears / 3);
    data.posts.push({
      id: data.posts.length + 1,
      teacherId: teacher.id,
      schoolId: school.id,
      kind,
      startedOn: isoDay(startedOn),
      currentTermStartedOn: isoDay(addYears(startedOn, completedTerms * 3)),
      endedOn: null,
    });
  });
}

function generateGroups(
  data: DemoDataset,
  county: CountyRow,
  schools: SchoolRow[],
  profile: CountyProfile,
  random: SeededRandom,
): void {
  const rural = schools.filter((s) => s.locationClass !== "URBAN" && s.level !== "SPECIAL_EDUCATION");
  if (rural.length === 0) return;
  const cores = schools.filter(
    (s) =>
      s.locationClass === "URBAN" &&
      (s.level === "PRIMARY" ||
        s.level === "JUNIOR" ||
        s.level === "NINE_YEAR" ||
        s.level === "KINDERGARTEN"),
  );
  if (cores.length === 0) return;
  const groupCount = Math.min(cores.length, Math.max(1, Math.ceil(rural.length / 7)));
  const chosenCores = random.shuffle([...cores]).slice(0, groupCount);
  const groups = chosenCores.map((core): GroupRow => {
    const group: GroupRow = {
      id: data.groups.length + 1,
      countyId: county.id,
      name:
        core.name.replace(/(小学|中学|幼儿园|学校)$/, "") +
        (core.level === "KINDERGARTEN" ? "幼教集团" : "教育集团"),
      kind: random.chance(0.8) ? "GROUP" : "COMMUNITY",
      isUrbanRural: true,
      coreSchoolId: core.id,
      foundedOn: isoDay(addDays(data.asOf, -random.int(400, 2500))),
    };
    data.groups.push(group);
    data.groupMembers.push({ groupId: group.id, schoolId: core.id, joinedOn: group.foundedOn, leftOn: null });
    return group;
  });
  for (const school of rural) {
    if (!random.chance(profile.groupCoverage)) continue;
    const sameKind = groups.filter(
      (g) =>
        (data.schools[g.coreSchoolId - 1]?.level === "KINDERGARTEN") === (school.level === "KINDERGARTEN"),
    );
    const group = random.pick(sameKind.length > 0 ? sameKind : groups);
    data.groupMembers.push({
      groupId: group.id,
      schoolId: school.id,
      joinedOn: isoDay(addDays(data.asOf, -random.int(30, 1500))),
      leftOn: null,
    });
  }
}

function generateRotations(data: DemoDataset, schools: SchoolRow[], random: SeededRandom): void {
  const compulsory = schools.filter((s) => COMPULSORY_LEVELS.includes(s.level));
  const urban = compulsory.filter((s) => s.locationClass === "URBAN");
  const rural = compulsory.filter((s) => s.locationClass !== "URBAN");
  if (urban.length === 0 || rural.length === 0) return;
  const byId = new Set(compulsory.map((s) => s.id));
  const teachers = data.teachers.filter((t) => byId.has(t.schoolId) && t.status === "ACTIVE" && t.isFullTime);
  const postHolders = new Set(data.posts.map((p) => p.teacherId));
  for (const teacher of teachers) {
    // Backbone teachers are sent more often (MoE 2017 asks for ≥ 20% backbone among those rotated).
    const rotationChance = teacher.backboneLevel === "NONE" ? 0.12 : 0.35;
    if (postHolders.has(teacher.id) || !random.chance(rotationChance)) continue;
    const fromUrban = urban.some((s) => s.id === teacher.schoolId);
    const target = random.pick(fromUrban ? rural : urban);
    const startedOn = addDays(data.asOf, -random.int(20, 540));
    data.rotations.push({
      id: data.rotations.length + 1,
      teacherId: teacher.id,
      fromSchoolId: teacher.schoolId,
      toSchoolId: target.id,
      startedOn: isoDay(startedOn),
      endedOn: null,
      note: fromUrban ? "城区教师到乡村学校交流" : "乡村教师到城区学校跟岗交流",
    });
    teacher.schoolId = target.id;
  }
}

function generateFacilities(
  data: DemoDataset,
  school: SchoolRow,
  enrolment: number,
  profile: CountyProfile,
  random: SeededRandom,
): void {
  const rural = school.locationClass !== "URBAN";
  const village = school.locationClass === "VILLAGE";
  const secondary =
    school.level === "JUNIOR" ||
    school.level === "SENIOR_HIGH" ||
    school.level === "COMPLETE_SECONDARY" ||
    school.level === "VOCATIONAL";
  const q = profile.facilityQuality * random.uniform(0.85, 1.3) * (village ? 1.1 : 1);
  const teachingPerPupil = (secondary ? 5.8 : 4.5) * q;
  const sportsPerPupil = (secondary ? 10.2 : 7.5) * q * (rural ? 1.15 : 0.95);
  const equipmentPerPupil = (secondary ? 2500 : 2000) * q * random.uniform(0.8, 1.25);
  const gigabit = random.chance(profile.gigabitShare);
  const studio = school.isTownSeat ? random.chance(profile.studioShare) : random.chance(0.4);
  const laborSite = rural ? random.chance(profile.laborShare) : random.chance(0.5);
  const resourceRoom =
    school.isTownSeat &&
    (school.level === "PRIMARY" || school.level === "NINE_YEAR") &&
    random.chance(profile.specialEdCentreShare);
  const outdated = random.chance(0.04);
  const classSize = school.level === "KINDERGARTEN" ? 28 : village ? 24 : rural ? 38 : 41;
  const sizeLimit = secondary ? 50 : 45;

  for (let back = DEMO_SCHOOL_YEARS - 1; back >= 0; back--) {
    if (back === 0 && outdated) continue;
    const year = data.currentSchoolYear - back;
    const growth = 1 - 0.05 * back; // conditions improve year by year
    const pupils = Math.max(12, Math.round(enrolment * (1 + 0.02 * back * (rural ? 1 : -1))));
    const classes = Math.max(1, Math.ceil(pupils / classSize));
    // A school's largest class cannot hold more pupils than the school has.
    const largest = Math.min(pupils, Math.round(classSize + random.uniform(0, urbanSpread(rural))));
    const siteArea = round2(pupils * (rural ? 26 : 13) * random.uniform(0.85, 1.2));
    const meetsGigabitThisYear = gigabit && (back === 0 || random.chance(0.6));
    data.facilities.push({
      id: data.facilities.length + 1,
      schoolId: school.id,
      schoolYear: year,
      ...stageSplit(school.level, pupils),
      classes,
      largestClassSize: largest,
      classesOverStandardSize:
        largest > sizeLimit && school.level !== "KINDERGARTEN"
          ? Math.max(1, Math.round(classes * random.uniform(0.05, 0.3)))
          : 0,
      buildingArea: round2(pupils * teachingPerPupil * growth * 1.65),
      teachingAuxArea: round2(pupils * teachingPerPupil * growth),
      siteArea,
      sportsAreaIndoor: round2(pupils * sportsPerPupil * growth * 0.15),
      sportsAreaOutdoor: round2(Math.min(pupils * sportsPerPupil * growth * 0.85, siteArea * 0.6)),
      books: Math.round(pupils * random.uniform(22, 45) * growth),
      equipmentValue: round2(pupils * equipmentPerPupil * growth),
      multimediaClassrooms: Math.round(classes * random.uniform(1.0, 1.35)),
      musicRooms: Math.max(
        school.level === "KINDERGARTEN" ? 0 : 1,
        Math.round((classes / 12) * random.uniform(0.85, 1.5)),
      ),
      artRooms: Math.max(
        school.level === "KINDERGARTEN" ? 0 : 1,
        Math.round((classes / 12) * random.uniform(0.85, 1.5)),
      ),
      bandwidthMbps: meetsGigabitThisYear
        ? random.pick([1000, 1000, 2000])
        : random.pick([100, 200, 300, 500]),
      minClassroomBandwidthMbps: meetsGigabitThisYear
        ? random.chance(0.92)
          ? 100
          : 50
        : random.pick([10, 20, 50]),
      hasStudio: studio && (back === 0 || random.chance(0.7)),
      hasCanteen: random.chance(rural ? 0.9 : 0.8),
      hasLaborSite: laborSite && (back === 0 || random.chance(0.75)),
      hasSpecialEdResourceRoom: resourceRoom,
    });
  }
}

function urbanSpread(rural: boolean): number {
  return rural ? 4 : 6;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const PROJECT_KINDS: {
  category: ProjectCategory;
  label: string;
  budget: [number, number];
  places: [number, number];
}[] = [
  { category: "CONSTRUCTION", label: "新建教学楼工程", budget: [800, 6000], places: [300, 1500] },
  { category: "CONSTRUCTION", label: "改扩建工程", budget: [300, 2500], places: [100, 600] },
  { category: "RENOVATION", label: "校舍维修改造", budget: [60, 600], places: [0, 0] },
  { category: "RENOVATION", label: "运动场改造", budget: [80, 500], places: [0, 0] },
  { category: "EQUIPMENT", label: "教学仪器设备配置", budget: [50, 400], places: [0, 0] },
  { category: "IT", label: "千兆校园网升级", budget: [40, 300], places: [0, 0] },
  { category: "IT", label: "直录播教室建设", budget: [30, 150], places: [0, 0] },
];

function generateProjects(
  data: DemoDataset,
  county: CountyRow,
  schools: SchoolRow[],
  density: number,
  random: SeededRandom,
): void {
  const count = Math.round(random.int(6, 13) * Math.min(density, 2));
  for (let i = 0; i < count; i++) {
    const kind = random.pick(PROJECT_KINDS);
    const school = random.chance(0.85) ? random.pick(schools) : null;
    const plannedStart = addDays(data.asOf, -random.int(-120, 600));
    const plannedFinish = addDays(plannedStart, random.int(90, 540));
    const started = plannedStart <= data.asOf && random.chance(0.93);
    const actualStart = started ? addDays(plannedStart, random.int(-10, 45)) : null;
    const finished = started && plannedFinish <= data.asOf && random.chance(0.85);
    const actualFinish = finished ? addDays(plannedFinish, random.int(-20, 60)) : null;
    const budgetWan = Math.round(random.uniform(kind.budget[0], kind.budget[1]));
    const progress = finished ? random.uniform(0.92, 1.04) : started ? random.uniform(0.1, 0.85) : 0;
    data.projects.push({
      id: data.projects.length + 1,
      countyId: county.id,
      schoolId: school?.id ?? null,
      name: `${school ? school.name : county.name}${kind.label}`,
      category: kind.category,
      budget: budgetWan * 10_000,
      spent: Math.round(budgetWan * progress) * 10_000,
      plannedStart: isoDay(plannedStart),
      plannedFinish: isoDay(plannedFinish),
      actualStart: actualStart && actualStart <= data.asOf ? isoDay(actualStart) : null,
      actualFinish: actualFinish && actualFinish <= data.asOf ? isoDay(actualFinish) : null,
      status: finished ? "COMPLETED" : started ? "IN_PROGRESS" : "PLANNED",
      newPlaces: kind.places[1] > 0 ? random.int(kind.places[0], kind.places[1]) : 0,
    });
  }
}

// ── Quarterly reporting ──

/** Annual level of each reported figure for one county, before quarter progress. */
function annualLevels(random: SeededRandom, size: number): Record<string, number> {
  const planned = Math.round(random.uniform(8, 30) * size);
  const budgeted = Math.round(random.uniform(5000, 50000) * size);
  return {
    projects_planned: planned,
    investment_budgeted: budgeted,
    // Completed investment is reported year to date against the year's budget.
    investment_completed: budgeted,
    new_school_places: Math.round(random.uniform(500, 5000) * size),
    canteens_built: Math.round(random.uniform(2, 15) * size),
    teacher_apartments_built: Math.round(random.uniform(10, 80) * size),
    small_schools_consolidated: random.int(0, 5),
    oversized_schools_resolved: random.int(0, 3),
    music_art_rooms_added: Math.round(random.uniform(2, 20) * size),
    teachers_rotated: Math.round(random.uniform(80, 400) * size),
    teachers_trained: Math.round(random.uniform(500, 4000) * size),
    rural_senior_titles: Math.round(random.uniform(10, 60) * size),
    rural_vacancies_filled: Math.round(random.uniform(10, 80) * size),
    student_aid_amount: Math.round(random.uniform(500, 5000) * size),
    student_aid_recipients: Math.round(random.uniform(5000, 40000) * size),
    online_classrooms: Math.round(random.uniform(20, 150) * size),
    family_ed_sites_coverage: random.uniform(70, 92),
    rural_featured_courses: random.int(1, 8),
    rural_students_city_trip_share: random.uniform(40, 85),
    dropout_count: 0,
    migrant_children_public_rate: random.uniform(80, 98),
    junior_retention_3yr: random.uniform(93, 99.5),
    disabled_children_enrolment: random.uniform(92, 99),
    special_ed_funding_per_pupil: random.uniform(6500, 9500),
    social_recognition: random.uniform(82, 96),
    pre_gross_enrolment_3yr: random.uniform(86, 99),
    pre_public_funding_per_child: random.uniform(500, 900),
  };
}

/** A county's figure for quarter `q`, `yearsBack` years before the current one. */
function reportedValue(
  key: string,
  level: number,
  q: number,
  yearsBack: number,
  random: SeededRandom,
): number {
  const ytd = q / 4;
  const trend = 1 - 0.06 * yearsBack;
  switch (key) {
    case "projects_planned":
    case "investment_budgeted":
      return Math.round(level * trend);
    case "projects_started":
      return 0; // derived below from projects_planned
    case "projects_completed":
      return 0;
    case "investment_completed":
      return Math.round(level * trend * ytd * random.uniform(0.75, 1.05));
    case "family_ed_sites_coverage":
    case "rural_students_city_trip_share":
      return round2(Math.min(100, level + (4 - yearsBack * 4) + q * 1.5 + random.uniform(-1, 1)));
    case "migrant_children_public_rate":
    case "junior_retention_3yr":
    case "disabled_children_enrolment":
    case "social_recognition":
    case "pre_gross_enrolment_3yr":
      return round2(Math.min(100, level + random.uniform(-0.8, 0.8) - yearsBack * 0.5));
    case "special_ed_funding_per_pupil":
    case "pre_public_funding_per_child":
      return Math.round(level * trend);
    case "online_classrooms":
      return Math.round(level * (1 - 0.15 * yearsBack) * (0.9 + 0.03 * q));
    case "dropout_count":
      return random.chance(0.08) ? random.int(1, 3) : 0;
    case "rural_featured_courses":
      return Math.round(level * ytd);
    default:
      return Math.round(level * trend * ytd * random.uniform(0.85, 1.1));
  }
}

function generateReporting(
  data: DemoDataset,
  profiles: Map<number, CountyProfile>,
  random: SeededRandom,
): void {
  const quarters = recentQuarters(data.currentQuarter, DEMO_QUARTERS);
  const keys = reportedIndicators().map((indicator) => indicator.key);
  const levels = new Map(
    data.counties.map((county) => [county.id, annualLevels(random, profiles.get(county.id)?.size ?? 1)]),
  );

  for (const city of data.cities) {
    for (const quarter of quarters) {
      const isCurrent =
        quarter.year === data.currentQuarter.year && quarter.quarter === data.currentQuarter.quarter;
      const end = quarterEnd(quarter);
      // The quarter's report is due a little before the quarter ends (季度调度), the current one in late December.
      const deadline = addDays(end, -6);
      const period: PeriodRow = {
        id: data.periods.length + 1,
        cityId: city.id,
        year: quarter.year,
        quarter: quarter.quarter,
        state: isCurrent ? "OPEN" : "CLOSED",
        deadline: isoDay(deadline),
        openedAt: addDays(end, -40).toISOString(),
        closedAt: isCurrent ? null : addDays(end, 20).toISOString(),
      };
      data.periods.push(period);
      for (const county of data.counties.filter((c) => c.cityId === city.id)) {
        const yearsBack = data.currentQuarter.year - quarter.year;
        const level = levels.get(county.id) ?? {};
        generateSubmission(
          data,
          period,
          county,
          quarter,
          isCurrent,
          deadline,
          keys,
          level,
          yearsBack,
          random,
        );
      }
    }
  }
}

function generateSubmission(
  data: DemoDataset,
  period: PeriodRow,
  county: CountyRow,
  quarter: Quarter,
  isCurrent: boolean,
  deadline: Date,
  keys: string[],
  level: Record<string, number>,
  yearsBack: number,
  random: SeededRandom,
): void {
  const state: SubmissionState = isCurrent
    ? random.weighted([
        { weight: 30, value: "APPROVED" as const },
        { weight: 25, value: "SUBMITTED" as const },
        { weight: 10, value: "RETURNED" as const },
        { weight: 20, value: "DRAFT" as const },
        { weight: 15, value: "NOT_STARTED" as const },
      ])
    : "APPROVED";
  // In the open quarter every step after submitting (return, resubmission, approval within 6 days) stays in the past.
  const submittedOn = isCurrent
    ? addDays(data.asOf, -random.int(7, 25))
    : addDays(deadline, random.chance(0.12) ? random.int(1, 9) : -random.int(0, 20));
  const isLate = state !== "NOT_STARTED" && state !== "DRAFT" && submittedOn > deadline;
  const wasReturnedBefore = state === "APPROVED" && random.chance(0.12);
  // Approval comes after a resubmission (two days after the first submission) when there was one.
  const approvedAt = state === "APPROVED" ? addDays(submittedOn, random.int(3, 6)) : null;
  const returnedAt = state === "RETURNED" ? addDays(submittedOn, 1) : null;
  const submission: SubmissionRow = {
    id: data.submissions.length + 1,
    periodId: period.id,
    countyId: county.id,
    state,
    version: 0,
    isLate,
    submittedAt: ["SUBMITTED", "RETURNED", "APPROVED"].includes(state) ? submittedOn.toISOString() : null,
    approvedAt: approvedAt?.toISOString() ?? null,
    returnedAt: returnedAt?.toISOString() ?? null,
    returnReason: state === "RETURNED" ? "完成投资与项目进度不匹配，请核实后重新报送。" : null,
    lastActivityAt: (state === "NOT_STARTED"
      ? new Date(period.openedAt)
      : (approvedAt ?? returnedAt ?? submittedOn)
    ).toISOString(),
  };
  data.submissions.push(submission);
  if (state === "NOT_STARTED") return;

  const values: Record<string, { value: number | null; note: string | null }> = {};
  for (const key of keys) {
    // Drafts are half filled.
    if (state === "DRAFT" && random.chance(0.5)) continue;
    let value = reportedValue(key, level[key] ?? 0, quarter.quarter, yearsBack, random);
    if (key === "projects_started")
      value = Math.round(
        (level.projects_planned ?? 0) * Math.min(1, 0.35 * quarter.quarter + random.uniform(0, 0.2)),
      );
    if (key === "projects_completed")
      value = Math.round(
        (values.projects_started?.value ?? 0) * Math.min(1, 0.2 * quarter.quarter + random.uniform(0, 0.15)),
      );
    values[key] = { value, note: null };
    data.submissionValues.push({
      id: data.submissionValues.length + 1,
      submissionId: submission.id,
      indicatorKey: key,
      value,
      note: null,
    });
  }
  const events: SubmissionEventRow[] = [];
  let version = 1; // the draft save
  if (state !== "DRAFT") {
    events.push({
      submissionId: submission.id,
      fromState: "DRAFT",
      toState: "SUBMITTED",
      reason: null,
      actor: "county",
      at: submittedOn.toISOString(),
    });
    data.submissionRevisions.push({
      submissionId: submission.id,
      revision: 1,
      values,
      submittedAt: submittedOn.toISOString(),
    });
    version++;
    if (wasReturnedBefore) {
      const returnedAt = addDays(submittedOn, 1);
      const resubmittedAt = addDays(submittedOn, 2);
      events.push({
        submissionId: submission.id,
        fromState: "SUBMITTED",
        toState: "RETURNED",
        reason: "部分数据与上季度差异较大，请补充说明。",
        actor: "city",
        at: returnedAt.toISOString(),
      });
      events.push({
        submissionId: submission.id,
        fromState: "RETURNED",
        toState: "SUBMITTED",
        reason: null,
        actor: "county",
        at: resubmittedAt.toISOString(),
      });
      data.submissionRevisions.push({
        submissionId: submission.id,
        revision: 2,
        values,
        submittedAt: resubmittedAt.toISOString(),
      });
      version += 2;
    }
    if (state === "APPROVED" && submission.approvedAt) {
      events.push({
        submissionId: submission.id,
        fromState: "SUBMITTED",
        toState: "APPROVED",
        reason: null,
        actor: "city",
        at: submission.approvedAt,
      });
      version++;
    }
    if (state === "RETURNED" && submission.returnedAt) {
      events.push({
        submissionId: submission.id,
        fromState: "SUBMITTED",
        toState: "RETURNED",
        reason: submission.returnReason,
        actor: "city",
        at: submission.returnedAt,
      });
      version++;
    }
  }
  submission.version = version;
  data.submissionEvents.push(...events);
}

// ── Demo accounts ──

/** Counties whose officers, leaders and one principal appear in the README's demo logins. */
export const SHOWCASE_COUNTIES: Record<string, string> = {
  jinan: "shanghe",
  binzhou: "huimin",
  weifang: "qingzhou",
};

function generateUsers(data: DemoDataset): void {
  for (const city of data.cities) {
    data.users.push(
      {
        loginName: `${city.slug}.admin`,
        displayName: `${city.name}系统管理员`,
        role: "ADMIN",
        cityId: city.id,
        countyId: null,
        schoolId: null,
      },
      {
        loginName: `${city.slug}.staff`,
        displayName: `${city.name}教育局科员`,
        role: "CITY_STAFF",
        cityId: city.id,
        countyId: null,
        schoolId: null,
      },
      {
        loginName: `${city.slug}.leader`,
        displayName: `${city.name}教育局领导`,
        role: "LEADER",
        cityId: city.id,
        countyId: null,
        schoolId: null,
      },
    );
    for (const county of data.counties.filter((c) => c.cityId === city.id)) {
      data.users.push({
        loginName: `${city.slug}.${county.slug}`,
        displayName: `${county.name}教体局填报员`,
        role: "COUNTY_OFFICER",
        cityId: city.id,
        countyId: county.id,
        schoolId: null,
      });
      if (SHOWCASE_COUNTIES[city.slug] === county.slug) {
        data.users.push({
          loginName: `${city.slug}.${county.slug}.leader`,
          displayName: `${county.name}教体局领导`,
          role: "LEADER",
          cityId: city.id,
          countyId: county.id,
          schoolId: null,
        });
        // A rural town-seat school: the principal's view is the interesting one.
        const school =
          data.schools.find((s) => s.countyId === county.id && s.isTownSeat && s.level === "PRIMARY") ??
          data.schools.find((s) => s.countyId === county.id);
        if (school) {
          data.users.push({
            loginName: `${city.slug}.principal`,
            displayName: `${school.name}校长`,
            role: "SCHOOL_PRINCIPAL",
            cityId: city.id,
            countyId: county.id,
            schoolId: school.id,
          });
        }
      }
    }
  }
}
