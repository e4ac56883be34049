// Teachers of each school (degrees, ages, titles and subjects differ between urban and rural schools), the
// principals' and vice-principals' posts, and the rotations between urban and rural schools.
import type {
  BackboneLevel,
  Degree,
  PostKind,
  ProfessionalTitle,
  SchoolLevel,
  Subject,
  TeacherStatus,
} from "@/lib/generated/prisma/enums";
import { addDays, addYears, isoDay } from "@/lib/utils/periods";
import type { CountyProfile } from "./counties";
import type { SchoolRow, TeacherRow, DemoDataset } from "./dataset";
import type { SeededRandom } from "./random";

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

export function generateStaff(
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

const COMPULSORY_LEVELS: SchoolLevel[] = ["PRIMARY", "JUNIOR", "NINE_YEAR"];

export function generateRotations(data: DemoDataset, schools: SchoolRow[], random: SeededRandom): void {
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
