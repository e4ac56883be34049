// The rows of the demo data set, one interface per table (prisma/seed/load.ts writes them), and the data set itself.
import type {
  BackboneLevel,
  CountyKind,
  Degree,
  EducationGroupKind,
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
import { type Quarter } from "@/lib/utils/periods";

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
  /** 9-digit NBS town code */
  code: string;
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
  kind: EducationGroupKind;
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
  fundsReceived: number;
  spent: number;
  plannedStart: string;
  plannedFinish: string;
  actualStart: string | null;
  actualFinish: string | null;
  status: ProjectStatus;
  progress: number;
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
  /** Province accounts only, by code: the province's row comes with the migrations (docs/decisions/0038) */
  provinceCode?: string;
  /** Null for a province account */
  cityId: number | null;
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

/** Areas and amounts to the cent, as their columns keep them. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
