// Facility records of each school for the last school years (some schools miss the current one).
import type { SchoolLevel } from "@/lib/generated/prisma/enums";
import type { CountyProfile } from "./counties";
import { type SchoolRow, type DemoDataset, round2 } from "./dataset";
import type { SeededRandom } from "./random";

export const DEMO_SCHOOL_YEARS = 3;

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

export function generateFacilities(
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
