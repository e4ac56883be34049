// The form each server action is sent in the permission matrix and the fuzz test of the actions, built for a target
// in the actor's own scope, another scope of the same city or another city, and who gets past its permission gate;
// with the shared building blocks of the matrix's rows (tests/integration/permission-matrix.test.ts).
import { isAppError } from "@/lib/errors";
import { NO_RECORD_VERSION } from "@/lib/schemas/common";
import type { URBAN_RURAL_CODE_LIST } from "@/lib/indicators/urban-rural-code";
import { db } from "@/lib/db";
import { PROPOSABLE_SCHOOL_FIELDS } from "@/lib/schemas/schools";
import { putFile } from "@/lib/files/store";
import { addQuarters, quarterOf } from "@/lib/utils/periods";
import { formData } from "../../support/form-data";
import { PDF_BYTES, pdfFile } from "../../support/evidence-file";
import { apiTokenIn } from "./api-tokens";
import { signedInUser } from "./session";
import { facilityRow, facilityXlsx } from "../../support/facility-file";
import { rosterRows, rosterXlsx } from "../../support/roster-file";
import { schoolRows, schoolXlsx } from "../../support/school-file";
import { schoolFormFields } from "../../support/school-form";
import { townAssignmentXlsx } from "../../support/town-file";
import {
  allow,
  ANY,
  CITY_ROLES,
  EVERY_ACCOUNT,
  IN_CITY,
  OWN,
  type ActorKind,
  type Relation,
  type Target,
} from "./matrix";

export const USER_MANAGERS = allow({ admin: IN_CITY, staff: IN_CITY });
export const USER_MANAGERS_ANY_TARGET = allow({ admin: ANY, staff: ANY });
export const invalidScopeChoice = (value: unknown) =>
  (isAppError(value) && value.code === "VALIDATION") ||
  (typeof value === "object" && value !== null && "code" in value && value.code === "VALIDATION");
let uniqueSuffix = 0;
export const newLogin = () => `matrix.user${++uniqueSuffix}`;
export const newStaffNo = () => `MATRIX${++uniqueSuffix}`;
/** A person at the single sign-on provider nobody has linked yet. */
export const newSubject = () => `matrix-subject-${++uniqueSuffix}`;
/** An identity linked to the target's account, for an unlink to remove (the provider of tests/setup/integration-env). */
export async function linkedIdentityOf(target: Target): Promise<number> {
  const { id } = await db().externalIdentity.create({
    data: { issuer: process.env.OIDC_ISSUER!, subject: newSubject(), userId: target.userId },
    select: { id: true },
  });
  return id;
}

// Readers of one school's data (page, roster, exports): its county's and city's users and its principal.
export const SCHOOL_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN, principal: OWN });
// Writers of one school's facilities and roster: the county officer and the school's principal.
export const SCHOOL_WRITERS = allow({ officer: OWN, principal: OWN });
export const TEACHER_VALUES = {
  name: "矩阵教师",
  gender: "FEMALE",
  birthDate: new Date("1985-05-05T00:00:00Z"),
  highestDegree: "BACHELOR",
  isFullTime: true,
  subject: "MATH",
  title: "FIRST",
  backboneLevel: "NONE",
  hasTeachingCertificate: true,
  trainingHours5y: 120,
} as const;
const TEACHER_FORM = {
  name: "矩阵教师",
  gender: "FEMALE",
  birthDate: "1985-05-05",
  highestDegree: "BACHELOR",
  isFullTime: "on",
  subject: "MATH",
  title: "FIRST",
  backboneLevel: "NONE",
  trainingHours5y: 120,
};
export const FACILITY_VALUES = (() => {
  const { schoolCode: _code, schoolName: _name, ...values } = facilityRow({ code: "", name: "" }, 2025);
  return values;
})();
export const rosterFile = async (target: Target) => ({
  name: "roster.xlsx",
  format: "xlsx" as const,
  data: await rosterXlsx(rosterRows(1, [{ code: target.schoolCode, name: "" }], newStaffNo())),
});
export const facilityFile = async (target: Target) => ({
  name: "facilities.xlsx",
  format: "xlsx" as const,
  data: await facilityXlsx([facilityRow({ code: target.schoolCode, name: "" }, 2019)]),
});
const upload = async (target: Target, file: { name: string; data: ArrayBuffer }) => {
  const data = formData({ targetKind: "school", targetId: target.schoolId });
  data.set("file", new File([file.data], file.name));
  return data;
};
/** The versions an editor opening the record now would send (decision 0023). */
export const teacherVersion = async (teacherId: number) =>
  (await db().teacher.findUniqueOrThrow({ where: { id: teacherId }, select: { version: true } })).version;
export const facilityVersion = async (schoolId: number, schoolYear = FACILITY_VALUES.schoolYear) =>
  (
    await db().facilityRecord.findUnique({
      where: { schoolId_schoolYear: { schoolId, schoolYear } },
      select: { version: true },
    })
  )?.version ?? NO_RECORD_VERSION;
const facilityForm = async (target: Target) =>
  formData({
    schoolId: target.schoolId,
    version: await facilityVersion(target.schoolId),
    ...Object.fromEntries(
      Object.entries(FACILITY_VALUES).flatMap(([key, value]) =>
        value === false ? [] : [[key, value === true ? "on" : value]],
      ),
    ),
  });

/** A county target to delete, in the target county's city (so that "another city" is really another city's). */
export async function targetRowIn(countyId: number): Promise<number> {
  const county = await db().county.findUniqueOrThrow({ where: { id: countyId }, select: { cityId: true } });
  const setter = await db().user.findFirstOrThrow({ where: { cityId: county.cityId }, select: { id: true } });
  const row = await db().target.create({
    data: {
      indicatorKey: "rural_schools_in_groups_share",
      cityId: county.cityId,
      countyId,
      value: 100,
      deadlineYear: 2100 + ++uniqueSuffix,
      setById: setter.id,
    },
  });
  return row.id;
}

/** The city target of a count that the split cases share: the actors' city's (济南), made once. */
export const SPLIT_CASE = { indicatorKey: "rural_featured_courses", deadlineYear: 2035, value: 50 } as const;
export async function splittableCityTarget(): Promise<typeof SPLIT_CASE> {
  // By the city's code, not a county's name: other cases rename counties.
  const { id: cityId } = await db().city.findUniqueOrThrow({
    where: { code: "370100" },
    select: { id: true },
  });
  const where = {
    indicatorKey: SPLIT_CASE.indicatorKey,
    cityId,
    countyId: null,
    deadlineYear: SPLIT_CASE.deadlineYear,
  };
  if (!(await db().target.findFirst({ where, select: { id: true } }))) {
    const setter = await db().user.findFirstOrThrow({ where: { cityId }, select: { id: true } });
    await db().target.create({ data: { ...where, value: SPLIT_CASE.value, setById: setter.id } });
  }
  return SPLIT_CASE;
}
/** The whole city target given by hand to the target's county: another city's county looks missing. */
export const splitParts = (target: Target) => [{ countyId: target.countyId, value: SPLIT_CASE.value }];

/** The province target of a count that the province split cases share: 山东省's, made once (decision 0041). */
export const PROVINCE_SPLIT_CASE = {
  indicatorKey: "rural_featured_courses",
  deadlineYear: 2032,
  value: 70,
} as const;
export async function splittableProvinceTarget(): Promise<typeof PROVINCE_SPLIT_CASE> {
  const { id: provinceId } = await db().province.findUniqueOrThrow({
    where: { code: "370000" },
    select: { id: true },
  });
  const where = {
    indicatorKey: PROVINCE_SPLIT_CASE.indicatorKey,
    provinceId,
    deadlineYear: PROVINCE_SPLIT_CASE.deadlineYear,
  };
  if (!(await db().provinceTarget.findFirst({ where, select: { id: true } }))) {
    const setter = await db().user.findFirstOrThrow({ where: { provinceId }, select: { id: true } });
    await db().provinceTarget.create({
      data: { ...where, value: PROVINCE_SPLIT_CASE.value, setById: setter.id },
    });
  }
  return PROVINCE_SPLIT_CASE;
}
/** The whole province target given by hand to the target county's city (every target city is 山东省's). */
export async function provinceSplitCity(target: Target): Promise<number> {
  return (await db().county.findUniqueOrThrow({ where: { id: target.countyId }, select: { cityId: true } }))
    .cityId;
}

/** A configurable threshold row: the shared one for the actor's own city, another city's own copy otherwise. */
export async function thresholdRowFor(relation: Relation, countyId: number): Promise<number> {
  const shared = await db().standardThreshold.findFirstOrThrow({
    where: { set: { key: "shandong_class2", cityId: null } },
    select: { id: true, indicatorKey: true, unit: true, source: true },
  });
  if (relation !== "otherCity") return shared.id;
  const { cityId } = await db().county.findUniqueOrThrow({
    where: { id: countyId },
    select: { cityId: true },
  });
  const copy = await db().standardSet.upsert({
    where: { key_cityId: { key: "shandong_class2", cityId } },
    create: {
      key: "shandong_class2",
      cityId,
      nameZh: "副本",
      nameEn: "copy",
      issuer: "test",
      isConfigurable: true,
    },
    update: {},
  });
  const row = await db().standardThreshold.create({
    data: {
      setId: copy.id,
      indicatorKey: shared.indicatorKey,
      schoolLevel: "PRIMARY",
      comparator: "GTE",
      value: 10,
      unit: shared.unit,
      effectiveFrom: new Date("2020-01-01"),
      source: shared.source,
      confidence: "OFFICIAL",
    },
  });
  return row.id;
}

export const TARGET_EDITORS = allow({ staff: IN_CITY });
/** Province targets and their split: province staff, for every city of its province (decision 0041). */
export const PROVINCE_TARGET_EDITORS = allow({ provinceStaff: ANY });
export const DIVISION_MANAGERS = allow({ admin: ANY, staff: ANY });
// Writes naming a county or town of the target: the city's admins and city staff, in their own city only.
export const DIVISION_KEEPERS = allow({ admin: IN_CITY, staff: IN_CITY });
// A code that is no county of any city: past the permission gate the setup refuses it, so nothing is created.
export const NO_SUCH_COUNTY = "999999";
/** The target school's town: it has schools, so past the gate and the scope the zone is refused and nothing moves. */
export const townOfTarget = async (target: Target) =>
  (await db().school.findUniqueOrThrow({ where: { id: target.schoolId }, select: { townId: true } })).townId;
/** A name another county of the target's city holds: past the gate and the scope a rename is refused (CONFLICT). */
export const takenCountyName = async (target: Target) =>
  (
    await db().county.findFirstOrThrow({
      where: { city: { counties: { some: { id: target.countyId } } }, NOT: { id: target.countyId } },
      orderBy: { id: "asc" },
      select: { name: true },
    })
  ).name;
/** The target school's town and a name another town of its county holds: a rename is refused (CONFLICT). */
export const takenTownName = async (target: Target) => {
  const townId = await townOfTarget(target);
  const other = await db().town.findFirstOrThrow({
    where: { countyId: target.countyId, NOT: { id: townId } },
    orderBy: { id: "asc" },
    select: { name: true },
  });
  return { id: townId, name: other.name };
};
/**
 * A town-assignment file moving the target's town to a county no city has: past the gate it is refused for the
 * county (nothing moves); a town of another city is refused for the town (denied).
 */
export const townAssignmentFile = async (target: Target) => {
  const town = await db().town.findFirstOrThrow({
    where: { schools: { some: { id: target.schoolId } } },
    select: { code: true, name: true },
  });
  return {
    name: "towns.xlsx",
    format: "xlsx" as const,
    data: await townAssignmentXlsx([{ town: town.code ?? town.name, county: "矩阵不存在县" }]),
  };
};
/** An import action's form: the file alone. */
const uploadForm = (file: { name: string; data: ArrayBuffer }) => {
  const data = new FormData();
  data.set("file", new File([file.data], file.name));
  return data;
};
export const BRIEFING_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN });
export const REGISTER_KEEPERS = allow({ staff: IN_CITY, officer: OWN });
export const REGISTER_READERS = allow({ staff: ANY, officer: ANY });
export const PROPOSERS = allow({ principal: OWN });
export const PROPOSAL_READERS = allow({ staff: ANY, officer: ANY, principal: ANY });
export const GROUP_KEEPERS = REGISTER_KEEPERS;
// A group's readers: its county's and city's users, and the principals of its member schools.
export const GROUP_READERS = SCHOOL_READERS;
export const GROUP_FOUNDED_ON = "2020-09-01";
/**
 * A group the target school is a current member of: one it is in already, or else an alliance (which counts for
 * no figure) founded around it. Past the gate and the scope, each group write is refused for its payload or state.
 */
export async function groupOfTarget(target: Target) {
  const held = await db().educationGroupMember.findFirst({
    where: { schoolId: target.schoolId, leftOn: null, group: { dissolvedOn: null } },
    orderBy: { id: "asc" },
    select: { id: true, groupId: true, group: { select: { coreSchoolId: true } } },
  });
  if (held) return { id: held.groupId, membershipId: held.id, coreSchoolId: held.group.coreSchoolId };
  const group = await db().educationGroup.create({
    data: {
      countyId: target.countyId,
      name: "矩阵联盟",
      kind: "ALLIANCE",
      isUrbanRural: false,
      coreSchoolId: target.schoolId,
      foundedOn: new Date(`${GROUP_FOUNDED_ON}T00:00:00Z`),
      members: { create: { schoolId: target.schoolId, joinedOn: new Date(`${GROUP_FOUNDED_ON}T00:00:00Z`) } },
    },
    select: { id: true, coreSchoolId: true, members: { select: { id: true } } },
  });
  return { id: group.id, membershipId: group.members[0]!.id, coreSchoolId: group.coreSchoolId };
}
/** The core school's membership of the target's group: past the gate and the scope, the core may not leave. */
export async function coreMembershipOf(target: Target) {
  const group = await groupOfTarget(target);
  return (
    await db().educationGroupMember.findFirstOrThrow({
      where: { groupId: group.id, schoolId: group.coreSchoolId, leftOn: null },
      select: { id: true },
    })
  ).id;
}
/**
 * A school-register file with one row in the target's town and no 城乡分类代码: past the gate and the scope it is
 * refused for the code, so nothing is written; a town outside the actor's scope is refused for the town (denied).
 */
export const schoolFile = async (target: Target) => {
  const town = await db().town.findFirstOrThrow({
    where: { schools: { some: { id: target.schoolId } } },
    select: { code: true, name: true },
  });
  const [row] = schoolRows(1, [town.code ?? town.name], 3701267000);
  return {
    name: "schools.xlsx",
    format: "xlsx" as const,
    data: await schoolXlsx([{ ...row!, urbanRuralCode: null }]),
  };
};
/** A school import's refusal of a town outside the actor's scope, from the data function or the action. */
export const townRefused = (value: unknown) => {
  const errors =
    (value as { errors?: unknown[] }).errors ??
    (value as { details?: { rowErrors?: unknown[] } }).details?.rowErrors ??
    [];
  return errors.some((error) => (error as { key?: string }).key === "townOutsideImport");
};
/**
 * A school form for the target's town with a 学校标识码 another school holds: past the gate and the scope the write
 * is refused for the code (CONFLICT), so nothing changes.
 */
export const takenCodeSchool = async (target: Target) => ({
  code: (
    await db().school.findFirstOrThrow({
      where: { NOT: { id: target.schoolId } },
      orderBy: { id: "asc" },
      select: { code: true },
    })
  ).code,
  name: "矩阵学校",
  townId: await townOfTarget(target),
  level: "PRIMARY" as const,
  ownership: "PUBLIC" as const,
  urbanRuralCode: "220" as const,
  isTownSeat: false,
  isTownCentralKindergarten: false,
  isBoarding: false,
});
/** No school has it: past the gate and the scope, a merger into it is refused (VALIDATION) and nothing closes. */
export const NO_SUCH_SCHOOL = 2_000_000_000;
export const LAST_QUARTER = addQuarters(quarterOf(new Date()), -1);
export const thresholdEdit = { value: 12, effectiveFrom: "2026-01-01", minClasses: null, maxClasses: null };

/**
 * The target county's report of the last closed quarter, and that quarter. Writes on it fail on its state (locked,
 * not submitted, period closed) once past the permission gate, which counts as allowed, so the matrix changes little.
 */
export async function closedReportOf(countyId: number) {
  return db().submission.findFirstOrThrow({
    where: { countyId, period: { state: "CLOSED" } },
    orderBy: [{ period: { year: "desc" } }, { period: { quarter: "desc" } }],
    select: { id: true, version: true, periodId: true },
  });
}
/**
 * A school's return in a closed period of a school-reported collection of its city (decision 0046), made once per
 * school: past the gate every write is refused for the closed period (or, for a review, the return not being
 * submitted), so nothing changes.
 */
export async function closedSchoolReturnOf(schoolId: number) {
  const client = db();
  const { cityId } = await client.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { cityId: true },
  });
  const collection = await client.collection.upsert({
    where: { cityId_nameZh: { cityId, nameZh: "矩阵学校调度" } },
    create: {
      cityId,
      nameZh: "矩阵学校调度",
      nameEn: "Matrix school collection",
      periodType: "MONTH",
      deadlineKind: "WORKING_DAYS_AFTER_END",
      deadlineDays: 5,
      reporterLevel: "SCHOOL",
      schoolLevels: ["PRIMARY", "JUNIOR", "NINE_YEAR", "KINDERGARTEN"],
    },
    update: {},
    select: { id: true },
  });
  const period = await client.reportingPeriod.upsert({
    where: { collectionId_year_sequence: { collectionId: collection.id, year: 2025, sequence: 1 } },
    create: {
      cityId,
      collectionId: collection.id,
      periodType: "MONTH",
      year: 2025,
      sequence: 1,
      startsOn: new Date("2025-01-01"),
      endsOn: new Date("2025-01-31"),
      state: "CLOSED",
      deadline: new Date("2025-02-10"),
    },
    update: {},
    select: { id: true },
  });
  return client.schoolReturn.upsert({
    where: { periodId_schoolId: { periodId: period.id, schoolId } },
    create: { periodId: period.id, schoolId },
    update: {},
    select: { id: true, version: true, periodId: true },
  });
}

/** The quarterly report collection of the county's city (decision 0044): every city has one. */
export async function quarterlyCollectionOf(countyId: number) {
  const { cityId } = await db().county.findUniqueOrThrow({
    where: { id: countyId },
    select: { cityId: true },
  });
  return db().collection.findFirstOrThrow({
    where: { cityId, isQuarterlyReport: true },
    select: { id: true, version: true },
  });
}

/**
 * A custom item of the county's city (decision 0047), made once per city: a collection with one custom item. The
 * city's data version is moved on as an audited write would, so no figures cached before it hide it.
 */
export async function customItemKeyOf(countyId: number): Promise<string> {
  const { cityId } = await db().county.findUniqueOrThrow({
    where: { id: countyId },
    select: { cityId: true },
  });
  const nameZh = "权限矩阵自定义项目表";
  const existing = await db().collection.findFirst({ where: { cityId, nameZh }, select: { id: true } });
  if (existing) return `c${existing.id}_1`;
  return db().$transaction(async (tx) => {
    const { id } = await tx.collection.create({
      data: {
        cityId,
        nameZh,
        nameEn: "Matrix custom items",
        periodType: "MONTH",
        deadlineKind: "WORKING_DAYS_AFTER_END",
        deadlineDays: 5,
      },
      select: { id: true },
    });
    const key = `c${id}_1`;
    await tx.indicatorDefinition.create({
      data: {
        key,
        cityId,
        kind: "CUSTOM",
        theme: "custom",
        nameZh: "矩阵项目",
        nameEn: "Matrix item",
        unit: "个",
        unitEn: "个",
        valueType: "COUNT",
        direction: "AT_LEAST",
        levels: ["COUNTY"],
        definitionZh: "矩阵项目",
        definitionEn: "Matrix item",
        policySource: nameZh,
        catalogueVersion: 0,
      },
    });
    await tx.collectionItem.create({ data: { collectionId: id, indicatorKey: key } });
    await tx.$executeRaw`
      INSERT INTO data_versions (city_id, version, shared_version, changed_at) VALUES (${cityId}, 1, 1, now())
      ON CONFLICT (city_id) DO UPDATE
        SET version = data_versions.version + 1, shared_version = data_versions.shared_version + 1, changed_at = now()`;
    return key;
  });
}

/**
 * An edit of a city's quarterly report collection: refused past the gate (its items follow the catalogue), so
 * nothing changes.
 */
export async function quarterlyCollectionEdit(countyId: number) {
  const collection = await quarterlyCollectionOf(countyId);
  return {
    collectionId: collection.id,
    version: collection.version,
    nameZh: "季度报表",
    nameEn: "Quarterly report",
    periodType: "QUARTER",
    deadlineKind: "DAYS_FROM_END",
    deadlineDays: -6,
    indicatorKeys: "projects_planned",
  } as const;
}

// Projects: county officers keep their county's, city staff read every county's.
export const PROJECT_KEEPERS = allow({ officer: OWN });
export const PROJECT_READERS = allow({ staff: IN_CITY, officer: OWN });
export const PROJECT_LISTERS = allow({ staff: ANY, officer: ANY });
const matrixProjects = new Map<number, Promise<number>>();
/**
 * A completed project of the target county, made once for the matrix: past the gate and the scope, a progress
 * update back to planned and a cancellation are refused for its state, and a plan naming NO_SUCH_SCHOOL for the
 * school, so nothing of the demo data changes.
 */
/** The version of a matrix project: no case of the matrix or the fuzz test writes it. */
export const MATRIX_PROJECT_VERSION = 1;

export function matrixProjectIn(countyId: number): Promise<number> {
  let id = matrixProjects.get(countyId);
  if (!id) {
    id = db()
      .project.create({
        data: {
          countyId,
          name: "矩阵项目",
          category: "IT",
          budget: 0,
          plannedStart: new Date("2025-01-01T00:00:00Z"),
          plannedFinish: new Date("2025-06-30T00:00:00Z"),
          actualStart: new Date("2025-01-01T00:00:00Z"),
          actualFinish: new Date("2025-06-30T00:00:00Z"),
          status: "COMPLETED",
          progress: 100,
        },
        select: { id: true },
      })
      .then((project) => project.id);
    matrixProjects.set(countyId, id);
  }
  return id;
}
export const PROJECT_PLAN = {
  name: "矩阵项目",
  category: "IT",
  budget: "1000",
  plannedStart: "2026-01-01",
  plannedFinish: "2026-06-30",
  newPlaces: 0,
  schoolId: NO_SUCH_SCHOOL,
} as const;
export const PROJECT_BACK_TO_PLANNED = {
  status: "PLANNED",
  progress: 0,
  fundsReceived: "0",
  spent: "0",
  note: "矩阵",
} as const;

export const SUBMISSION_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN });
export const SUBMISSION_WRITERS = allow({ officer: OWN });
// Schools' returns (decision 0046): the principal writes its own, the county officer reviews its schools', city
// staff and leaders read; the board is a county's or the city's, never a principal's.
export const SCHOOL_RETURN_READERS = allow({
  staff: IN_CITY,
  cityLeader: IN_CITY,
  officer: OWN,
  countyLeader: OWN,
  principal: OWN,
});
export const SCHOOL_RETURN_WRITERS = allow({ principal: OWN });
export const SCHOOL_RETURN_REVIEWERS = allow({ officer: OWN });
export const SCHOOL_BOARD_READERS = allow({
  staff: IN_CITY,
  cityLeader: IN_CITY,
  officer: IN_CITY,
  countyLeader: IN_CITY,
});
export const REVIEWERS = allow({ staff: IN_CITY });
export const PERIOD_READERS = allow({ ...CITY_ROLES, officer: IN_CITY, countyLeader: IN_CITY });
export const ALL_BUT_PRINCIPAL = allow({
  admin: ANY,
  staff: ANY,
  cityLeader: ANY,
  officer: ANY,
  countyLeader: ANY,
});

/** A server action's row: the form it is sent (built for the target) and who gets past its permission gate. */
// Problems of the 整改台账: a county officer reads and works its own; city roles read every county's in the city.
export const PROBLEM_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN });
export const PROBLEM_CREATORS = allow({ staff: IN_CITY, officer: OWN });
export const PROBLEM_WORKERS = allow({ officer: OWN });
/**
 * A problem of the target's county, found or set up submitted for acceptance. "step": the county's own, which no
 * matrix row moves (start, report and submit are refused for its state past the gate); "accept": a school's, which
 * the county accepts; "return": the county's own, which the city returns. Once moved, later calls are refused for
 * the state (past the gate) and the level check still denies the wrong level.
 */
export const problemOf = async (target: Target, kind: "step" | "accept" | "return") => {
  const itemKey = `matrix.${kind}`;
  const schoolId = kind === "accept" ? target.schoolId : null;
  const found = await db().problem.findFirst({
    where: { countyId: target.countyId, schoolId, itemKey },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (found) return found.id;
  const county = await db().county.findUniqueOrThrow({ where: { id: target.countyId } });
  const creator = await db().user.findFirstOrThrow({
    where: { cityId: county.cityId },
    orderBy: { id: "asc" },
  });
  const created = await db().problem.create({
    data: {
      cityId: county.cityId,
      countyId: county.id,
      schoolId,
      source: "MANUAL",
      itemKey,
      description: "矩阵问题",
      responsibleUnit: county.name,
      responsiblePerson: "矩阵",
      deadline: new Date("2026-12-31T00:00:00Z"),
      state: "SUBMITTED",
      createdById: creator.id,
    },
  });
  return created.id;
};
/** A hand-entered problem of the target's county on the item of the "step" problem: refused as a duplicate past the gate. */
export const duplicateProblemFields = async (target: Target) => {
  await problemOf(target, "step");
  return {
    countyId: target.countyId,
    source: "MANUAL",
    itemKey: "matrix.step",
    description: "矩阵重复",
    responsibleUnit: "矩阵",
    responsiblePerson: "矩阵",
  } as const;
};

/**
 * A whole-set edit of the standard that holds `thresholdRowFor`'s row (the shared Class Ⅱ set, or another city's
 * copy), at the set's current version, changing that one item.
 */
export async function standardSetEditFor(relation: Relation, countyId: number) {
  const rowId = await thresholdRowFor(relation, countyId);
  const { set } = await db().standardThreshold.findUniqueOrThrow({
    where: { id: rowId },
    select: { set: { select: { id: true, version: true } } },
  });
  return {
    setId: set.id,
    version: set.version,
    effectiveFrom: "2026-01-01",
    items: [{ id: rowId, value: 12 }],
  };
}
/** An evidence file of the target county's own problem (its bytes in the store), for the download's reader. */
export const evidenceFileOf = async (target: Target) => {
  const problemId = await problemOf(target, "step");
  const found = await db().evidenceFile.findFirst({ where: { problemId }, select: { id: true } });
  if (found) return found.id;
  const problem = await db().problem.findUniqueOrThrow({
    where: { id: problemId },
    select: { createdById: true },
  });
  const event = await db().problemEvent.create({
    data: { problemId, action: "report", toState: "SUBMITTED", note: "矩阵", actorId: problem.createdById },
  });
  const file = await db().evidenceFile.create({
    data: {
      problemId,
      eventId: event.id,
      name: "矩阵.pdf",
      mimeType: "application/pdf",
      size: PDF_BYTES.byteLength,
      sha256: await putFile(PDF_BYTES),
      uploadedById: problem.createdById,
    },
  });
  return file.id;
};

/** A value of the target county's latest report of a closed quarter: past the gate, an upload is refused for its state. */
export const closedValueOf = async (target: Target) => {
  const report = await closedReportOf(target.countyId);
  return (
    await db().submissionValue.findFirstOrThrow({
      where: { submissionId: report.id },
      orderBy: { id: "asc" },
      select: { id: true },
    })
  ).id;
};
/** The target school's latest facility record (the demo keeps several school years). */
export const facilityRecordOf = async (target: Target) =>
  (
    await db().facilityRecord.findFirstOrThrow({
      where: { schoolId: target.schoolId },
      orderBy: { schoolYear: "desc" },
      select: { id: true },
    })
  ).id;
/**
 * A fresh file on the target school's facility record, uploaded by the principal of the matrix's own school: only
 * the uploader deletes a file, so only that principal, on its own school, gets past the checks (the county officer
 * reads it but did not upload it; every other actor does not find it).
 */
export const principalsFileOf = async (target: Target) => {
  const uploader = await db().user.findUniqueOrThrow({
    where: { loginName: "jinan.principal" },
    select: { id: true },
  });
  const file = await db().evidenceFile.create({
    data: {
      facilityRecordId: await facilityRecordOf(target),
      name: "矩阵.pdf",
      mimeType: "application/pdf",
      size: PDF_BYTES.byteLength,
      sha256: await putFile(PDF_BYTES),
      uploadedById: uploader.id,
    },
    select: { id: true },
  });
  return file.id;
};
export const EVIDENCE_DELETERS = allow({ principal: OWN });

/** A supervision visit to the target school with one finding per call (each can be raised once). */
export const supervisionFindingOf = async (target: Target) => {
  const visitId = await supervisionVisitOf(target);
  const position = (await db().supervisionFinding.count({ where: { visitId } })) + 1;
  const finding = await db().supervisionFinding.create({
    data: { visitId, position, description: `矩阵发现${position}` },
  });
  return finding.id;
};

export const supervisionVisitOf = async (target: Target) => {
  const found = await db().supervisionVisit.findFirst({
    where: { schoolId: target.schoolId },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  if (found) return found.id;
  const school = await db().school.findUniqueOrThrow({
    where: { id: target.schoolId },
    select: { cityId: true, countyId: true },
  });
  const recorder = await db().user.findFirstOrThrow({
    where: { cityId: school.cityId },
    orderBy: { id: "asc" },
  });
  const visit = await db().supervisionVisit.create({
    data: {
      cityId: school.cityId,
      countyId: school.countyId,
      schoolId: target.schoolId,
      kind: "SCHOOLING",
      visitedOn: new Date("2026-10-15T00:00:00Z"),
      recordedById: recorder.id,
      inspectors: { create: [{ name: "矩阵督学" }] },
    },
  });
  return visit.id;
};

/** Every role reads and marks its own inbox, and no role anyone else's. */
export const OWN_INBOX = allow({
  admin: OWN,
  staff: OWN,
  cityLeader: OWN,
  officer: OWN,
  countyLeader: OWN,
  principal: OWN,
  provinceStaff: OWN,
  provinceLeader: OWN,
});

/**
 * A fresh unread inbox message: the actor's own for the "own" relation, else one of the target's account (a user no
 * actor signs in with), whose id is then a forged one for every actor.
 */
export async function noticeFor(ownerId: number) {
  const notice = await db().notification.create({
    data: { userId: ownerId, kind: "REPORT_APPROVED", params: {}, link: "/submissions" },
    select: { id: true },
  });
  return notice.id;
}
export const noticeOwnerOf = (actorId: number, target: Target, relation: Relation) =>
  relation === "own" ? actorId : target.userId;

interface ActionCase {
  form: (target: Target, relation: Relation) => FormData | Promise<FormData>;
  expected: (actor: ActorKind, relation: Relation) => boolean;
  deniedWhen?: (value: unknown) => boolean;
}

/** An approved value of the target county (the demo approves its past quarters), with its quarter and city. */
export const approvedValueOf = async (target: Target) =>
  db().submissionValue.findFirstOrThrow({
    where: { value: { not: null }, submission: { countyId: target.countyId, state: "APPROVED" } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      submissionId: true,
      submission: { select: { periodId: true, period: { select: { cityId: true } } } },
    },
  });
/** A fresh pending verification item on an approved value of the target county, in a sample of its city. */
export const verificationItemOf = async (target: Target) => {
  const value = await approvedValueOf(target);
  const { cityId } = value.submission.period;
  const drawer = await db().user.findFirstOrThrow({
    where: { cityId, role: "CITY_STAFF" },
    select: { id: true },
  });
  const sample = await db().verificationSample.create({
    data: {
      cityId,
      periodId: value.submission.periodId,
      seed: "matrix",
      population: 1,
      drawnById: drawer.id,
    },
  });
  const item = await db().verificationItem.create({
    data: { sampleId: sample.id, submissionValueId: value.id, sampledValue: 1 },
  });
  return { sampleId: sample.id, itemId: item.id };
};
/** A report of the target county with a recorded finding on one of its values: the id of the report. */
export const reportWithFindingOf = async (target: Target) => {
  const { itemId } = await verificationItemOf(target);
  const item = await db().verificationItem.update({
    where: { id: itemId },
    data: { finding: "CONFIRMED", verifiedAt: new Date() },
    select: { submissionValue: { select: { submissionId: true } } },
  });
  return item.submissionValue.submissionId;
};
/** A failed robot message in the target county's city's send log: its id. */
export const failedDeliveryOf = async (target: Target) => {
  const { cityId } = await db().county.findUniqueOrThrow({
    where: { id: target.countyId },
    select: { cityId: true },
  });
  const delivery = await db().messageDelivery.create({
    data: {
      cityId,
      channel: "WECOM",
      target: "matrix …0000",
      kind: "REPORT_URGED",
      link: "/submissions",
      dedupeKey: `matrix:${++uniqueSuffix}`,
      status: "FAILED",
      attempts: 3,
      lastError: "HTTP 500",
    },
    select: { id: true },
  });
  return delivery.id;
};
/** The send log's retry: city staff and admins, in their own city (another city's delivery reads as missing). */
export const DELIVERY_MANAGERS = allow({ admin: IN_CITY, staff: IN_CITY });

/** Verification (核查) is city staff's, in their own city. */
export const VERIFIERS = allow({ staff: IN_CITY });

export const ACTION_CASES: Record<string, ActionCase> = {
  // API tokens: an admin of the target's city; another city's county is an invalid choice, its token looks missing.
  createApiTokenAction: {
    form: (t) =>
      formData({ name: "矩阵令牌", role: "COUNTY_OFFICER", countyId: t.countyId, expiresInDays: 1 }),
    expected: allow({ admin: IN_CITY }),
    deniedWhen: invalidScopeChoice,
  },
  revokeApiTokenAction: {
    form: async (t) => formData({ id: await apiTokenIn(t) }),
    expected: allow({ admin: IN_CITY }),
  },
  createProblemAction: {
    form: async (t) => formData({ ...(await duplicateProblemFields(t)), deadline: "2026-12-31" }),
    expected: PROBLEM_CREATORS,
  },
  // City-wide whatever the target; after the first run nothing is left to add.
  generateFigureProblemsAction: {
    form: () => formData({ deadline: "2027-06-30" }),
    expected: allow({ staff: ANY }),
  },
  recordSupervisionVisitAction: {
    form: (t) =>
      formData({
        countyId: t.countyId,
        schoolCode: t.schoolCode,
        kind: "SCHOOLING",
        visitedOn: "2026-10-20",
        inspectorNames: "矩阵督学",
        findings: "矩阵发现",
      }),
    expected: PROBLEM_CREATORS,
  },
  drawVerificationSampleAction: {
    form: async (t) => formData({ periodId: (await approvedValueOf(t)).submission.periodId, size: "1" }),
    expected: VERIFIERS,
  },
  recordVerificationFindingAction: {
    form: async (t) => formData({ itemId: (await verificationItemOf(t)).itemId, finding: "CONFIRMED" }),
    expected: VERIFIERS,
  },
  raiseSupervisionFindingAction: {
    form: async (t) => formData({ findingId: await supervisionFindingOf(t), deadline: "2027-06-30" }),
    expected: PROBLEM_CREATORS,
  },
  startProblemAction: {
    form: async (t) => formData({ id: await problemOf(t, "step") }),
    expected: PROBLEM_WORKERS,
  },
  reportProblemProgressAction: {
    form: async (t) => formData({ id: await problemOf(t, "step"), note: "矩阵", value: "1" }),
    expected: PROBLEM_WORKERS,
  },
  submitProblemAction: {
    form: async (t) => formData({ id: await problemOf(t, "step") }),
    expected: PROBLEM_WORKERS,
  },
  acceptProblemAction: {
    form: async (t) => formData({ id: await problemOf(t, "accept") }),
    expected: allow({ officer: OWN }),
  },
  returnProblemAction: {
    form: async (t) => formData({ id: await problemOf(t, "return"), note: "矩阵" }),
    expected: allow({ staff: IN_CITY }),
  },
  setTargetAction: {
    form: (t) =>
      formData({
        indicatorKey: "rural_schools_in_groups_share",
        countyId: t.countyId,
        value: 100,
        deadlineYear: 2026,
      }),
    expected: TARGET_EDITORS,
  },
  splitTargetAction: {
    form: async (t) => {
      const { indicatorKey, deadlineYear, value } = await splittableCityTarget();
      return formData({ indicatorKey, deadlineYear, method: "manual", [`part.${t.countyId}`]: value });
    },
    expected: TARGET_EDITORS,
  },
  setProvinceTargetAction: {
    form: () => formData({ indicatorKey: "rural_schools_in_groups_share", value: 95, deadlineYear: 2031 }),
    expected: PROVINCE_TARGET_EDITORS,
  },
  splitProvinceTargetAction: {
    form: async (t) => {
      const { indicatorKey, deadlineYear, value } = await splittableProvinceTarget();
      return formData({
        indicatorKey,
        deadlineYear,
        method: "manual",
        [`part.${await provinceSplitCity(t)}`]: value,
      });
    },
    expected: PROVINCE_TARGET_EDITORS,
  },
  deleteTargetAction: {
    form: async (t) => formData({ id: await targetRowIn(t.countyId) }),
    expected: TARGET_EDITORS,
  },
  updateThresholdAction: {
    form: async (t, relation) =>
      formData({ id: await thresholdRowFor(relation, t.countyId), value: 12, effectiveFrom: "2026-01-01" }),
    expected: allow({ admin: IN_CITY, staff: IN_CITY }),
  },
  updateStandardSetAction: {
    form: async (t, relation) => {
      const { items, ...edit } = await standardSetEditFor(relation, t.countyId);
      return formData({
        ...edit,
        ...Object.fromEntries(items.map((item) => [`value.${item.id}`, item.value])),
      });
    },
    expected: allow({ admin: IN_CITY, staff: IN_CITY }),
  },
  retryDeliveryAction: {
    form: async (t) => formData({ deliveryId: await failedDeliveryOf(t) }),
    expected: DELIVERY_MANAGERS,
  },
  updateNotificationChannelsAction: {
    form: () => formData({ wecomWebhook: "", dingtalkWebhook: "" }),
    expected: USER_MANAGERS_ANY_TARGET,
  },
  updateCitySettingsAction: {
    form: () => formData({ principal_term_years: 3, outlier_factor: 3 }),
    expected: allow({ admin: ANY }),
  },
  setUpCityDivisionsAction: {
    form: () => formData({ countyCodes: NO_SUCH_COUNTY }),
    expected: DIVISION_MANAGERS,
  },
  createFunctionalZoneAction: {
    form: async (t) => formData({ name: "矩阵功能区", nameEn: "", code: "", townIds: await townOfTarget(t) }),
    expected: DIVISION_KEEPERS,
  },
  // The town is already in the target's county: past the gate and the scope the move is refused, nothing moves.
  moveTownsAction: {
    form: async (t) => formData({ countyId: t.countyId, townIds: await townOfTarget(t), effectiveOn: "" }),
    expected: DIVISION_KEEPERS,
  },
  renameCountyAction: {
    form: async (t) => formData({ id: t.countyId, name: await takenCountyName(t), nameEn: "" }),
    expected: DIVISION_KEEPERS,
  },
  renameTownAction: {
    form: async (t) => formData(await takenTownName(t)),
    expected: DIVISION_KEEPERS,
  },
  importTownAssignmentsAction: {
    form: async (t) => uploadForm(await townAssignmentFile(t)),
    expected: DIVISION_KEEPERS,
    deniedWhen: townRefused,
  },
  createSchoolAction: {
    form: async (t) => formData(schoolFormFields(await takenCodeSchool(t))),
    expected: REGISTER_KEEPERS,
  },
  updateSchoolAction: {
    form: async (t) => formData({ id: t.schoolId, ...schoolFormFields(await takenCodeSchool(t)) }),
    expected: REGISTER_KEEPERS,
  },
  closeSchoolAction: {
    form: (t) => formData({ id: t.schoolId, closedOn: "2026-08-31", mergedIntoId: NO_SUCH_SCHOOL }),
    expected: REGISTER_KEEPERS,
  },
  // The target school is active: past the gate and the scope, reopening it is refused for its state.
  reopenSchoolAction: { form: (t) => formData({ id: t.schoolId }), expected: REGISTER_KEEPERS },
  proposeSchoolCorrectionAction: {
    form: async (t) => {
      const { isTownSeat, isTownCentralKindergarten, isBoarding, ...fields } = await unchangedProposalOf(t);
      return formData({
        ...fields,
        ...(isTownSeat ? { isTownSeat: "on" } : {}),
        ...(isTownCentralKindergarten ? { isTownCentralKindergarten: "on" } : {}),
        ...(isBoarding ? { isBoarding: "on" } : {}),
      });
    },
    expected: PROPOSERS,
  },
  withdrawSchoolProposalAction: {
    form: async (t) => formData({ id: await decidedProposalOf(t) }),
    expected: PROPOSERS,
  },
  acceptSchoolProposalAction: {
    form: async (t) => formData({ id: await decidedProposalOf(t) }),
    expected: REGISTER_KEEPERS,
  },
  rejectSchoolProposalAction: {
    form: async (t) => formData({ id: await decidedProposalOf(t), reason: "矩阵" }),
    expected: REGISTER_KEEPERS,
  },
  // Education groups: each form is refused once past the gate and the scope (a school that is no school of the
  // county, a core that is no member, a day before the founding, the core leaving), so nothing changes.
  createGroupAction: {
    form: (t) =>
      formData({
        countyId: t.countyId,
        name: "矩阵集团",
        kind: "URBAN_RURAL_GROUP",
        coreSchoolId: NO_SUCH_SCHOOL,
        foundedOn: GROUP_FOUNDED_ON,
      }),
    expected: GROUP_KEEPERS,
  },
  updateGroupAction: {
    form: async (t) =>
      formData({
        id: (await groupOfTarget(t)).id,
        name: "矩阵集团",
        kind: "ALLIANCE",
        coreSchoolId: NO_SUCH_SCHOOL,
        foundedOn: GROUP_FOUNDED_ON,
      }),
    expected: GROUP_KEEPERS,
  },
  addGroupMemberAction: {
    form: async (t) =>
      formData({
        groupId: (await groupOfTarget(t)).id,
        schoolId: NO_SUCH_SCHOOL,
        joinedOn: GROUP_FOUNDED_ON,
      }),
    expected: GROUP_KEEPERS,
  },
  endGroupMembershipAction: {
    form: async (t) => formData({ id: await coreMembershipOf(t), leftOn: GROUP_FOUNDED_ON }),
    expected: GROUP_KEEPERS,
  },
  dissolveGroupAction: {
    form: async (t) => formData({ id: (await groupOfTarget(t)).id, dissolvedOn: "2000-01-01" }),
    expected: GROUP_KEEPERS,
  },
  createProjectAction: { form: () => formData(PROJECT_PLAN), expected: allow({ officer: ANY }) },
  updateProjectAction: {
    form: async (t) =>
      formData({ id: await matrixProjectIn(t.countyId), version: MATRIX_PROJECT_VERSION, ...PROJECT_PLAN }),
    expected: PROJECT_KEEPERS,
  },
  recordProjectProgressAction: {
    form: async (t) =>
      formData({
        id: await matrixProjectIn(t.countyId),
        version: MATRIX_PROJECT_VERSION,
        ...PROJECT_BACK_TO_PLANNED,
      }),
    expected: PROJECT_KEEPERS,
  },
  cancelProjectAction: {
    form: async (t) =>
      formData({ id: await matrixProjectIn(t.countyId), version: MATRIX_PROJECT_VERSION, note: "矩阵" }),
    expected: PROJECT_KEEPERS,
  },
  importSchoolsAction: {
    form: async (t) => uploadForm(await schoolFile(t)),
    expected: REGISTER_KEEPERS,
    deniedWhen: townRefused,
  },
  saveFacilityRecordAction: { form: facilityForm, expected: SCHOOL_WRITERS },
  importFacilityRecordsAction: {
    form: async (t) => upload(t, await facilityFile(t)),
    expected: SCHOOL_WRITERS,
  },
  createTeacherAction: {
    // On success the action redirects to the new teacher's page.
    form: (t) => formData({ schoolId: t.schoolId, staffNo: newStaffNo(), ...TEACHER_FORM }),
    expected: SCHOOL_WRITERS,
  },
  updateTeacherAction: {
    form: async (t) =>
      formData({
        id: t.teacherId,
        version: await teacherVersion(t.teacherId),
        staffNo: `KEEP${t.teacherId}`,
        ...TEACHER_FORM,
      }),
    expected: SCHOOL_WRITERS,
  },
  assignSchoolPostAction: {
    form: (t) =>
      formData({
        id: t.teacherId,
        kind: "VICE_PRINCIPAL",
        startedOn: "2025-09-01",
        currentTermStartedOn: "2025-09-01",
      }),
    expected: SCHOOL_WRITERS,
  },
  rotateTeacherAction: {
    form: (t) => formData({ id: t.teacherId, toSchoolId: t.schoolId, startedOn: "2025-09-01" }),
    expected: allow({ officer: OWN }),
  },
  importTeacherRosterAction: {
    form: async (t) => upload(t, await rosterFile(t)),
    expected: SCHOOL_WRITERS,
  },
  markTeacherLeftAction: {
    form: (t) => formData({ id: t.teacherId, status: "RETIRED", leftOn: "2026-01-01" }),
    expected: SCHOOL_WRITERS,
  },
  createUserAction: {
    form: (t) =>
      formData({ loginName: newLogin(), displayName: "矩阵", role: "COUNTY_OFFICER", countyId: t.countyId }),
    expected: USER_MANAGERS,
    deniedWhen: invalidScopeChoice,
  },
  updateUserAction: {
    form: (t) => formData({ id: t.userId, displayName: "矩阵", role: "LEADER" }),
    expected: USER_MANAGERS,
  },
  resetUserPasswordAction: { form: (t) => formData({ id: t.userId }), expected: USER_MANAGERS },
  setUserActiveAction: { form: (t) => formData({ id: t.userId, active: "true" }), expected: USER_MANAGERS },
  unlockUserAction: { form: (t) => formData({ id: t.userId }), expected: USER_MANAGERS },
  linkExternalIdentityAction: {
    form: (t) => formData({ id: t.userId, subject: newSubject() }),
    expected: USER_MANAGERS,
  },
  unlinkExternalIdentityAction: {
    form: async (t) => formData({ id: t.userId, identityId: await linkedIdentityOf(t) }),
    expected: USER_MANAGERS,
  },
  changeOwnPasswordAction: {
    form: () =>
      formData({
        currentPassword: "not-the-password",
        newPassword: "Another-pass-2026",
        confirmPassword: "Another-pass-2026",
      }),
    expected: allow(EVERY_ACCOUNT),
  },
  setLocaleAction: { form: () => formData({ locale: "en" }), expected: allow(EVERY_ACCOUNT) },
  markNotificationReadAction: {
    form: async (t, relation) =>
      formData({ notificationId: await noticeFor(noticeOwnerOf(signedInUser().id, t, relation)) }),
    expected: OWN_INBOX,
  },
  markAllNotificationsReadAction: { form: () => formData({}), expected: allow(EVERY_ACCOUNT) },
  updateOwnEmailAction: { form: () => formData({ email: "" }), expected: allow(EVERY_ACCOUNT) },
  // 催报 on a closed quarter: past the gate and the scope it is refused for the period's state; nothing is sent.
  urgeReportsAction: {
    form: async (t) =>
      formData({ periodId: (await closedReportOf(t.countyId)).periodId, countyIds: t.countyId }),
    expected: REVIEWERS,
  },
  // Evidence files (佐证材料) of a report's value and of a facility record (decision 0043)
  attachValueEvidenceAction: {
    form: async (t) => {
      const data = formData({ valueId: await closedValueOf(t) });
      data.set("files", pdfFile());
      return data;
    },
    expected: SUBMISSION_WRITERS,
  },
  attachFacilityEvidenceAction: {
    form: async (t) => {
      const data = formData({ recordId: await facilityRecordOf(t) });
      data.set("files", pdfFile());
      return data;
    },
    expected: SCHOOL_WRITERS,
  },
  deleteEvidenceFileAction: {
    form: async (t) => formData({ id: await principalsFileOf(t) }),
    expected: EVIDENCE_DELETERS,
  },
  saveSubmissionAction: {
    form: async (t) => {
      const report = await closedReportOf(t.countyId);
      return formData({ submissionId: report.id, version: report.version, intent: "draft" });
    },
    expected: SUBMISSION_WRITERS,
  },
  uploadSubmissionWorkbookAction: {
    form: async (t) => {
      const data = formData({ submissionId: (await closedReportOf(t.countyId)).id });
      data.set("file", new Blob(["not a workbook"]), "report.xlsx");
      return data;
    },
    expected: SUBMISSION_WRITERS,
  },
  saveSchoolReturnAction: {
    form: async (t) => {
      const found = await closedSchoolReturnOf(t.schoolId);
      return formData({ returnId: found.id, version: found.version, intent: "draft" });
    },
    expected: SCHOOL_RETURN_WRITERS,
  },
  approveSchoolReturnAction: {
    form: async (t) => formData({ returnId: (await closedSchoolReturnOf(t.schoolId)).id, version: 0 }),
    expected: SCHOOL_RETURN_REVIEWERS,
  },
  urgeSchoolReturnsAction: {
    form: async (t) =>
      formData({ periodId: (await closedSchoolReturnOf(t.schoolId)).periodId, schoolIds: t.schoolId }),
    expected: SCHOOL_RETURN_REVIEWERS,
  },
  returnSchoolReturnAction: {
    form: async (t) =>
      formData({ returnId: (await closedSchoolReturnOf(t.schoolId)).id, version: 0, reason: "矩阵" }),
    expected: SCHOOL_RETURN_REVIEWERS,
  },
  approveSubmissionAction: {
    form: async (t) => formData({ submissionId: (await closedReportOf(t.countyId)).id, version: 0 }),
    expected: REVIEWERS,
  },
  returnSubmissionAction: {
    form: async (t) =>
      formData({ submissionId: (await closedReportOf(t.countyId)).id, version: 0, reason: "矩阵" }),
    expected: REVIEWERS,
  },
  reopenSubmissionAction: {
    form: async (t) =>
      formData({ submissionId: (await closedReportOf(t.countyId)).id, version: 0, reason: "矩阵" }),
    expected: REVIEWERS,
  },
  openPeriodAction: {
    form: () => formData({ ...quarterOf(new Date()), deadline: "2026-12-25" }),
    expected: allow({ staff: ANY }),
  },
  saveCollectionAction: {
    form: async (t) => formData(await quarterlyCollectionEdit(t.countyId)),
    expected: REVIEWERS,
  },
  openCollectionPeriodAction: {
    // The quarter of the open demo period: past the gate, opening it again is refused for its state.
    form: async (t) =>
      formData({
        collectionId: (await quarterlyCollectionOf(t.countyId)).id,
        year: quarterOf(new Date()).year,
        sequence: quarterOf(new Date()).quarter,
      }),
    expected: REVIEWERS,
  },
  setPeriodDeadlineAction: {
    form: async (t) =>
      formData({ periodId: (await closedReportOf(t.countyId)).periodId, deadline: "2026-01-01" }),
    expected: REVIEWERS,
  },
  closePeriodAction: {
    form: async (t) => formData({ periodId: (await closedReportOf(t.countyId)).periodId }),
    expected: REVIEWERS,
  },
};

// School correction proposals: principals propose for their own school, the school's county officer (or city staff)
// decides. Each call is refused once past the gate and the scope (nothing changed; a decided proposal), so nothing
// changes.

type UrbanRuralCode = (typeof URBAN_RURAL_CODE_LIST)[number];
const CODE_OF_CLASS = { URBAN: "111", TOWN_AREA: "121", VILLAGE: "220" } as const;

/** The target school's proposable fields as the register holds them: a proposal of them changes nothing. */
export async function unchangedProposalOf(t: Target) {
  const { locationClass, ...school } = await db().school.findUniqueOrThrow({
    where: { id: t.schoolId },
    select: { ...PROPOSABLE_SCHOOL_FIELDS, locationClass: true },
  });
  // A demo school entered before the register kept the 城乡分类代码 gets the code of its class first, so that the
  // proposal of the register's own values changes nothing.
  const urbanRuralCode = (school.urbanRuralCode ?? CODE_OF_CLASS[locationClass]) as UrbanRuralCode;
  if (!school.urbanRuralCode)
    await db().school.update({ where: { id: t.schoolId }, data: { urbanRuralCode } });
  return { ...school, urbanRuralCode, schoolId: t.schoolId, note: "矩阵" };
}

/** An already rejected proposal of the target school: deciding or withdrawing it again is refused for its state. */
export async function decidedProposalOf(t: Target) {
  const existing = await db().schoolProposal.findFirst({
    where: { schoolId: t.schoolId, state: "REJECTED", note: "矩阵" },
    select: { id: true },
  });
  if (existing) return existing.id;
  const proposer = await db().user.findFirstOrThrow({
    where: { role: "SCHOOL_PRINCIPAL" },
    select: { id: true },
  });
  const created = await db().schoolProposal.create({
    data: {
      schoolId: t.schoolId,
      proposedById: proposer.id,
      changes: { name: "矩阵更正" },
      baseUpdatedAt: new Date(0),
      note: "矩阵",
      state: "REJECTED",
      rejectReason: "矩阵",
    },
    select: { id: true },
  });
  return created.id;
}
