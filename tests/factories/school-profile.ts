import type { EffectiveStandards, SchoolProfile } from "@/lib/indicators/computed-indicators";

let nextSchoolId = 1;

/** A rural primary school with a facility record and nothing else; tests set what they count. */
export function schoolProfile(fields: Partial<SchoolProfile> = {}): SchoolProfile {
  return {
    schoolId: nextSchoolId++,
    countyId: 1,
    townId: 1,
    townKind: "TOWN",
    level: "PRIMARY",
    locationClass: "VILLAGE",
    ownership: "PUBLIC",
    isTownSeat: false,
    isTownCentralKindergarten: false,
    kindergartenGrade: null,
    facilitySchoolYear: 2026,
    enrolmentPreschool: 0,
    enrolmentPrimary: 300,
    enrolmentJunior: 0,
    enrolmentSenior: 0,
    classes: 6,
    classesOverStandardSize: 0,
    buildingArea: 3000,
    teachingAuxArea: 1500,
    siteArea: 9000,
    sportsArea: 2500,
    equipmentValue: 700_000,
    books: 9000,
    multimediaClassrooms: 8,
    musicRooms: 1,
    artRooms: 1,
    bandwidthMbps: 1000,
    minClassroomBandwidthMbps: 100,
    hasStudio: false,
    hasLaborSite: false,
    hasSpecialEdResourceRoom: false,
    fullTimeTeachers: 0,
    teachersBachelorOrAbove: 0,
    teachersAssociateOrAbove: 0,
    teachersCertified: 0,
    teachersTrained360: 0,
    backboneTeachers: 0,
    peArtTeachers: 0,
    staff: 0,
    posts: 0,
    postsAgedAtMost45: 0,
    postsDueRotation: 0,
    rotatedLast12Months: 0,
    rotatedBackbone: 0,
    inUrbanRuralGroup: false,
    ...fields,
  };
}

/** MoE 2017 thresholds as shipped; Class Ⅱ not configured. */
export function moeStandards(): EffectiveStandards {
  return {
    resourceThresholds: {
      PRIMARY: {
        res_teachers_above_degree_per100: 4.2,
        res_backbone_teachers_per100: 1,
        res_pe_art_teachers_per100: 0.9,
        res_teaching_area_per_pupil: 4.5,
        res_sports_area_per_pupil: 7.5,
        res_equipment_value_per_pupil: 2000,
        res_multimedia_rooms_per100: 2.3,
      },
      JUNIOR: {
        res_teachers_above_degree_per100: 5.3,
        res_backbone_teachers_per100: 1,
        res_pe_art_teachers_per100: 0.9,
        res_teaching_area_per_pupil: 5.8,
        res_sports_area_per_pupil: 10.2,
        res_equipment_value_per_pupil: 2500,
        res_multimedia_rooms_per100: 2.4,
      },
    },
    cvLimits: { PRIMARY: 0.5, JUNIOR: 0.45 },
    schoolSizeLimits: { PRIMARY: 2000, JUNIOR: 2000, NINE_YEAR: 2500 },
    classesPerMusicArtRoom: 12,
    classTwo: {},
    preschoolInclusiveMin: 80,
    preschoolPublicMin: 50,
  };
}
