import type { ClientBase } from "pg";
import { SHANDONG_PROVINCE_CODE } from "@/lib/divisions/shandong";
import { loadSampleClassTwoStandard, SAMPLE_CLASS_TWO_CITY_CODE } from "./sample-standards";
import { bulkInsert, resetIdSequences, type Column } from "./bulk-insert";
import { DEMO_URBAN_RURAL_CODES } from "./schools";
import type {
  CityRow,
  CountyRow,
  DemoDataset,
  FacilityRow,
  GroupMemberRow,
  GroupRow,
  PeriodRow,
  PostRow,
  ProjectRow,
  RotationRow,
  SchoolRow,
  SubmissionEventRow,
  SubmissionRevisionRow,
  SubmissionRow,
  SubmissionValueRow,
  TeacherRow,
  TownRow,
  UserRow,
} from "./dataset";

const cityColumns: Column<CityRow>[] = [
  ["id", "int", (r) => r.id],
  ["code", "text", (r) => r.code],
  ["name", "text", (r) => r.name],
  ["name_en", "text", (r) => r.nameEn],
  ["bureau_name", "text", (r) => r.bureauName],
];
const countyColumns: Column<CountyRow>[] = [
  ["id", "int", (r) => r.id],
  ["city_id", "int", (r) => r.cityId],
  ["code", "text", (r) => r.code],
  ["name", "text", (r) => r.name],
  ["name_en", "text", (r) => r.nameEn],
  ["kind", "county_kind", (r) => r.kind],
  ["sort_order", "int", (r) => r.sortOrder],
];
const townColumns: Column<TownRow>[] = [
  ["id", "int", (r) => r.id],
  ["county_id", "int", (r) => r.countyId],
  ["code", "text", (r) => r.code],
  ["name", "text", (r) => r.name],
  ["kind", "town_kind", (r) => r.kind],
];
const schoolColumns: Column<SchoolRow>[] = [
  ["id", "int", (r) => r.id],
  ["code", "text", (r) => r.code],
  ["name", "text", (r) => r.name],
  ["town_id", "int", (r) => r.townId],
  ["county_id", "int", (r) => r.countyId],
  ["city_id", "int", (r) => r.cityId],
  ["level", "school_level", (r) => r.level],
  ["ownership", "ownership", (r) => r.ownership],
  ["location_class", "location_class", (r) => r.locationClass],
  ["urban_rural_code", "text", (r) => DEMO_URBAN_RURAL_CODES[r.locationClass]],
  ["is_town_seat", "bool", (r) => r.isTownSeat],
  ["is_town_central_kindergarten", "bool", (r) => r.isTownCentralKindergarten],
  ["kindergarten_grade", "kindergarten_grade", (r) => r.kindergartenGrade],
  ["is_active", "bool", (r) => r.isActive],
  ["updated_at", "timestamptz", () => new Date()],
];
const groupColumns: Column<GroupRow>[] = [
  ["id", "int", (r) => r.id],
  ["county_id", "int", (r) => r.countyId],
  ["name", "text", (r) => r.name],
  ["kind", "education_group_kind", (r) => r.kind],
  ["is_urban_rural", "bool", (r) => r.isUrbanRural],
  ["core_school_id", "int", (r) => r.coreSchoolId],
  ["founded_on", "date", (r) => r.foundedOn],
];
const groupMemberColumns: Column<GroupMemberRow>[] = [
  ["group_id", "int", (r) => r.groupId],
  ["school_id", "int", (r) => r.schoolId],
  ["joined_on", "date", (r) => r.joinedOn],
  ["left_on", "date", (r) => r.leftOn],
];
const teacherColumns: Column<TeacherRow>[] = [
  ["id", "int", (r) => r.id],
  ["school_id", "int", (r) => r.schoolId],
  ["staff_no", "text", (r) => r.staffNo],
  ["name", "text", (r) => r.name],
  ["gender", "gender", (r) => r.gender],
  ["birth_date", "date", (r) => r.birthDate],
  ["highest_degree", "degree", (r) => r.highestDegree],
  ["is_full_time", "bool", (r) => r.isFullTime],
  ["subject", "subject", (r) => r.subject],
  ["title", "professional_title", (r) => r.title],
  ["backbone_level", "backbone_level", (r) => r.backboneLevel],
  ["has_teaching_certificate", "bool", (r) => r.hasTeachingCertificate],
  ["training_hours_5y", "int", (r) => r.trainingHours5y],
  ["status", "teacher_status", (r) => r.status],
  ["hired_on", "date", (r) => r.hiredOn],
  ["left_on", "date", (r) => r.leftOn],
  ["updated_at", "timestamptz", () => new Date()],
];
const postColumns: Column<PostRow>[] = [
  ["id", "int", (r) => r.id],
  ["teacher_id", "int", (r) => r.teacherId],
  ["school_id", "int", (r) => r.schoolId],
  ["kind", "post_kind", (r) => r.kind],
  ["started_on", "date", (r) => r.startedOn],
  ["current_term_started_on", "date", (r) => r.currentTermStartedOn],
  ["ended_on", "date", (r) => r.endedOn],
];
const rotationColumns: Column<RotationRow>[] = [
  ["id", "int", (r) => r.id],
  ["teacher_id", "int", (r) => r.teacherId],
  ["from_school_id", "int", (r) => r.fromSchoolId],
  ["to_school_id", "int", (r) => r.toSchoolId],
  ["started_on", "date", (r) => r.startedOn],
  ["ended_on", "date", (r) => r.endedOn],
  ["note", "text", (r) => r.note],
];
const facilityColumns: Column<FacilityRow>[] = [
  ["id", "int", (r) => r.id],
  ["school_id", "int", (r) => r.schoolId],
  ["school_year", "int", (r) => r.schoolYear],
  ["enrolment_preschool", "int", (r) => r.enrolmentPreschool],
  ["enrolment_primary", "int", (r) => r.enrolmentPrimary],
  ["enrolment_junior", "int", (r) => r.enrolmentJunior],
  ["enrolment_senior", "int", (r) => r.enrolmentSenior],
  ["enrolment_special", "int", (r) => r.enrolmentSpecial],
  ["classes", "int", (r) => r.classes],
  ["largest_class_size", "int", (r) => r.largestClassSize],
  ["classes_over_standard_size", "int", (r) => r.classesOverStandardSize],
  ["building_area", "numeric", (r) => r.buildingArea],
  ["teaching_aux_area", "numeric", (r) => r.teachingAuxArea],
  ["site_area", "numeric", (r) => r.siteArea],
  ["sports_area_indoor", "numeric", (r) => r.sportsAreaIndoor],
  ["sports_area_outdoor", "numeric", (r) => r.sportsAreaOutdoor],
  ["books", "int", (r) => r.books],
  ["equipment_value", "numeric", (r) => r.equipmentValue],
  ["multimedia_classrooms", "int", (r) => r.multimediaClassrooms],
  ["music_rooms", "int", (r) => r.musicRooms],
  ["art_rooms", "int", (r) => r.artRooms],
  ["bandwidth_mbps", "int", (r) => r.bandwidthMbps],
  ["min_classroom_bandwidth_mbps", "int", (r) => r.minClassroomBandwidthMbps],
  ["has_studio", "bool", (r) => r.hasStudio],
  ["has_canteen", "bool", (r) => r.hasCanteen],
  ["has_labor_site", "bool", (r) => r.hasLaborSite],
  ["has_special_ed_resource_room", "bool", (r) => r.hasSpecialEdResourceRoom],
  ["updated_at", "timestamptz", () => new Date()],
];
const projectColumns: Column<ProjectRow>[] = [
  ["id", "int", (r) => r.id],
  ["county_id", "int", (r) => r.countyId],
  ["school_id", "int", (r) => r.schoolId],
  ["name", "text", (r) => r.name],
  ["category", "project_category", (r) => r.category],
  ["budget", "numeric", (r) => r.budget],
  ["funds_received", "numeric", (r) => r.fundsReceived],
  ["spent", "numeric", (r) => r.spent],
  ["planned_start", "date", (r) => r.plannedStart],
  ["planned_finish", "date", (r) => r.plannedFinish],
  ["actual_start", "date", (r) => r.actualStart],
  ["actual_finish", "date", (r) => r.actualFinish],
  ["status", "project_status", (r) => r.status],
  ["progress", "int", (r) => r.progress],
  ["new_places", "int", (r) => r.newPlaces],
  ["updated_at", "timestamptz", () => new Date()],
];

interface UserIds {
  byLogin: Map<string, number>;
  countyOfficer: Map<number, number>;
  cityStaff: Map<number, number>;
}

/** Loads a generated data set into an empty, migrated database in one transaction. */
export async function loadDemoData(
  client: ClientBase,
  data: DemoDataset,
  passwordHash: string,
): Promise<void> {
  await client.query("BEGIN");
  try {
    // Every demo city is Shandong's; the province row comes with the migrations.
    const provinces = await client.query<{ id: number; code: string }>("SELECT id, code FROM provinces");
    const provinceIds = new Map(provinces.rows.map((row) => [row.code, row.id]));
    const shandongId = provinceIds.get(SHANDONG_PROVINCE_CODE);
    if (shandongId === undefined)
      throw new Error("The migrations create the province 370000; it is missing.");
    await bulkInsert(
      client,
      "cities",
      [...cityColumns, ["province_id", "int", () => shandongId]],
      data.cities,
    );
    await bulkInsert(client, "counties", countyColumns, data.counties);
    await bulkInsert(client, "towns", townColumns, data.towns);
    await bulkInsert(client, "schools", schoolColumns, data.schools);
    await bulkInsert(client, "education_groups", groupColumns, data.groups);
    await bulkInsert(client, "education_group_members", groupMemberColumns, data.groupMembers);
    await bulkInsert(client, "teachers", teacherColumns, data.teachers);
    await bulkInsert(client, "school_posts", postColumns, data.posts);
    await bulkInsert(client, "rotations", rotationColumns, data.rotations);
    await bulkInsert(client, "facility_records", facilityColumns, data.facilities);
    await bulkInsert(client, "projects", projectColumns, data.projects);
    const users = await insertUsers(client, data.users, passwordHash, provinceIds);
    await insertReporting(client, data, users);
    // Demo only: one city's Class Ⅱ standard gets sample values, marked 示例（非官方） wherever they are used.
    const sampleCity = data.cities.find((city) => city.code === SAMPLE_CLASS_TWO_CITY_CODE);
    if (sampleCity) await loadSampleClassTwoStandard(client, sampleCity.id);
    await resetIdSequences(client, [
      "cities",
      "counties",
      "towns",
      "schools",
      "education_groups",
      "teachers",
      "school_posts",
      "rotations",
      "facility_records",
      "projects",
      "users",
      "reporting_periods",
      "submissions",
      "submission_values",
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function insertUsers(
  client: ClientBase,
  users: UserRow[],
  passwordHash: string,
  provinceIds: Map<string, number>,
): Promise<UserIds> {
  const rows = users.map((user, index) => ({ ...user, id: index + 1 }));
  const columns: Column<(typeof rows)[number]>[] = [
    ["id", "int", (r) => r.id],
    ["login_name", "text", (r) => r.loginName],
    ["display_name", "text", (r) => r.displayName],
    ["password_hash", "text", () => passwordHash],
    ["role", "role", (r) => r.role],
    ["province_id", "int", (r) => (r.provinceCode ? (provinceIds.get(r.provinceCode) ?? null) : null)],
    ["city_id", "int", (r) => r.cityId],
    ["county_id", "int", (r) => r.countyId],
    ["school_id", "int", (r) => r.schoolId],
    ["updated_at", "timestamptz", () => new Date()],
  ];
  await bulkInsert(client, "users", columns, rows);
  const ids: UserIds = { byLogin: new Map(), countyOfficer: new Map(), cityStaff: new Map() };
  for (const row of rows) {
    ids.byLogin.set(row.loginName, row.id);
    if (row.role === "COUNTY_OFFICER" && row.countyId) ids.countyOfficer.set(row.countyId, row.id);
    if (row.role === "CITY_STAFF" && row.cityId !== null) ids.cityStaff.set(row.cityId, row.id);
  }
  return ids;
}

async function insertReporting(client: ClientBase, data: DemoDataset, users: UserIds): Promise<void> {
  const cityOfPeriod = new Map(data.periods.map((p) => [p.id, p.cityId]));
  const countyOfSubmission = new Map(data.submissions.map((s) => [s.id, s.countyId]));
  const cityOfSubmission = new Map(data.submissions.map((s) => [s.id, cityOfPeriod.get(s.periodId) ?? 0]));
  const cityStaff = (cityId: number) => users.cityStaff.get(cityId) ?? null;
  const officer = (countyId: number) => users.countyOfficer.get(countyId) ?? null;

  // Every city's quarterly report is one collection (decision 0044), created as the migration creates it.
  const { rows: collections } = await client.query<{ id: number; city_id: number }>(`
    INSERT INTO collections (city_id, name_zh, name_en, period_type, deadline_kind, deadline_days, is_quarterly_report, updated_at)
    SELECT id, '季度报表', 'Quarterly report', 'QUARTER', 'DAYS_FROM_END', -6, true, now() FROM cities
    ON CONFLICT (city_id) WHERE is_quarterly_report DO UPDATE SET updated_at = now()
    RETURNING id, city_id`);
  const collectionOf = new Map(collections.map((row) => [row.city_id, row.id]));
  const quarterStart = (r: PeriodRow) =>
    new Date(Date.UTC(r.year, (r.quarter - 1) * 3, 1)).toISOString().slice(0, 10);
  const quarterLast = (r: PeriodRow) =>
    new Date(Date.UTC(r.year, r.quarter * 3, 0)).toISOString().slice(0, 10);
  const periodColumns: Column<PeriodRow>[] = [
    ["id", "int", (r) => r.id],
    ["city_id", "int", (r) => r.cityId],
    ["collection_id", "int", (r) => collectionOf.get(r.cityId) ?? null],
    ["period_type", "collection_period_type", () => "QUARTER"],
    ["year", "int", (r) => r.year],
    ["sequence", "int", (r) => r.quarter],
    ["quarter", "int", (r) => r.quarter],
    ["starts_on", "date", quarterStart],
    ["ends_on", "date", quarterLast],
    ["state", "period_state", (r) => r.state],
    ["deadline", "date", (r) => r.deadline],
    ["opened_at", "timestamptz", (r) => r.openedAt],
    ["opened_by_id", "int", (r) => cityStaff(r.cityId)],
    ["closed_at", "timestamptz", (r) => r.closedAt],
    ["closed_by_id", "int", (r) => (r.closedAt ? cityStaff(r.cityId) : null)],
  ];
  const submissionColumns: Column<SubmissionRow>[] = [
    ["id", "int", (r) => r.id],
    ["period_id", "int", (r) => r.periodId],
    ["county_id", "int", (r) => r.countyId],
    ["state", "submission_state", (r) => r.state],
    ["version", "int", (r) => r.version],
    ["is_late", "bool", (r) => r.isLate],
    ["submitted_at", "timestamptz", (r) => r.submittedAt],
    ["submitted_by_id", "int", (r) => (r.submittedAt ? officer(r.countyId) : null)],
    ["approved_at", "timestamptz", (r) => r.approvedAt],
    ["approved_by_id", "int", (r) => (r.approvedAt ? cityStaff(cityOfPeriod.get(r.periodId) ?? 0) : null)],
    ["returned_at", "timestamptz", (r) => r.returnedAt],
    ["returned_by_id", "int", (r) => (r.returnedAt ? cityStaff(cityOfPeriod.get(r.periodId) ?? 0) : null)],
    ["return_reason", "text", (r) => r.returnReason],
    ["last_activity_at", "timestamptz", (r) => r.lastActivityAt],
  ];
  const valueColumns: Column<SubmissionValueRow>[] = [
    ["id", "int", (r) => r.id],
    ["submission_id", "int", (r) => r.submissionId],
    ["indicator_key", "text", (r) => r.indicatorKey],
    ["value", "numeric", (r) => r.value],
    ["note", "text", (r) => r.note],
    ["updated_at", "timestamptz", () => new Date()],
  ];
  const eventColumns: Column<SubmissionEventRow>[] = [
    ["submission_id", "int", (r) => r.submissionId],
    ["from_state", "submission_state", (r) => r.fromState],
    ["to_state", "submission_state", (r) => r.toState],
    ["reason", "text", (r) => r.reason],
    [
      "actor_id",
      "int",
      (r) =>
        r.actor === "city"
          ? cityStaff(cityOfSubmission.get(r.submissionId) ?? 0)
          : officer(countyOfSubmission.get(r.submissionId) ?? 0),
    ],
    ["at", "timestamptz", (r) => r.at],
  ];
  const revisionColumns: Column<SubmissionRevisionRow>[] = [
    ["submission_id", "int", (r) => r.submissionId],
    ["revision", "int", (r) => r.revision],
    ["values", "jsonb", (r) => r.values],
    ["submitted_by_id", "int", (r) => officer(countyOfSubmission.get(r.submissionId) ?? 0)],
    ["submitted_at", "timestamptz", (r) => r.submittedAt],
  ];
  await bulkInsert(client, "reporting_periods", periodColumns, data.periods);
  await bulkInsert(client, "submissions", submissionColumns, data.submissions);
  await bulkInsert(client, "submission_values", valueColumns, data.submissionValues);
  await bulkInsert(client, "submission_events", eventColumns, data.submissionEvents);
  await bulkInsert(client, "submission_revisions", revisionColumns, data.submissionRevisions);
}
