// Every server action and every data-access function × every role × (own scope, another scope in the same city,
// another city): allowed or denied as the tables below say. The actions are read from the builder's registry
// (lib/actions/builder.ts): a declared action without a row in ACTION_CASES fails, and so does a hand-written
// action that bypasses the builder. A function added to lib/data without a row (or an exemption with its reason)
// fails as well.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE, isUnexpectedFailure } from "@/lib/actions/action-state";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import { getProvinceBriefingData } from "@/lib/data/briefings/get-province-briefing-data";
import { getSubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import { listSchoolCompliance } from "@/lib/data/briefings/list-school-compliance";
import { getCountyBases } from "@/lib/data/indicators/get-county-bases";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import { getCityView } from "@/lib/data/geography/get-city-view";
import { getProjectProgress } from "@/lib/data/dashboard/get-project-progress";
import { getSchoolDashboard } from "@/lib/data/dashboard/get-school-dashboard";
import { getTeacherStructure } from "@/lib/data/dashboard/get-teacher-structure";
import { listIndicatorCatalogue } from "@/lib/data/indicators/list-indicator-catalogue";
import { getCitySettings } from "@/lib/data/settings/get-city-settings";
import { getNotificationChannels } from "@/lib/data/settings/get-notification-channels";
import { updateNotificationChannels } from "@/lib/data/settings/update-notification-channels";
import { listDeliveries } from "@/lib/data/notifications/list-deliveries";
import { retryDelivery } from "@/lib/data/notifications/retry-delivery";
import { updateCitySettings } from "@/lib/data/settings/update-city-settings";
import { listStandardSets } from "@/lib/data/standards/list-standard-sets";
import { updateStandardSet } from "@/lib/data/standards/update-standard-set";
import { updateThreshold } from "@/lib/data/standards/update-threshold";
import { listFacilityWorklist } from "@/lib/data/facilities/list-facility-worklist";
import { deleteTarget } from "@/lib/data/targets/delete-target";
import { listIndicatorTargets } from "@/lib/data/targets/list-indicator-targets";
import { setTarget } from "@/lib/data/targets/set-target";
import { splitTarget } from "@/lib/data/targets/split-target";
import { getTargetRollUp } from "@/lib/data/targets/get-target-roll-up";
import { getProvinceTargetRollUp } from "@/lib/data/targets/get-province-target-roll-up";
import { setProvinceTarget } from "@/lib/data/targets/set-province-target";
import { splitProvinceTarget } from "@/lib/data/targets/split-province-target";
import { getFacilityWorkspace } from "@/lib/data/facilities/get-facility-workspace";
import { importFacilityRecords } from "@/lib/data/facilities/import-facility-records";
import { listFacilityExport } from "@/lib/data/facilities/list-facility-export";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import { assignSchoolPost } from "@/lib/data/teachers/assign-school-post";
import { createTeacher } from "@/lib/data/teachers/create-teacher";
import { getTeacher } from "@/lib/data/teachers/get-teacher";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { listRosterExport } from "@/lib/data/teachers/list-roster-export";
import { listTeachers } from "@/lib/data/teachers/list-teachers";
import { markTeacherLeft } from "@/lib/data/teachers/mark-teacher-left";
import { rotateTeacher } from "@/lib/data/teachers/rotate-teacher";
import { updateTeacher } from "@/lib/data/teachers/update-teacher";
import { listAuditFacets, listAuditLogs } from "@/lib/data/audit/list-audit-logs";
import {
  getCityWithCounties,
  getCountyInScope,
  getCountyWithSchools,
  getSchoolWithPlace,
} from "@/lib/data/geography/get-places";
import { listCityPlaces } from "@/lib/data/geography/list-city-places";
import { createFunctionalZone } from "@/lib/data/geography/create-functional-zone";
import { getDivisionSetup } from "@/lib/data/geography/get-division-setup";
import { setUpCityDivisions } from "@/lib/data/geography/set-up-city-divisions";
import { importTownAssignments, listTownTemplateLists } from "@/lib/data/geography/import-town-assignments";
import { moveTowns } from "@/lib/data/geography/move-towns";
import { renameCounty, renameTown } from "@/lib/data/geography/rename-division";
import { createProject } from "@/lib/data/projects/create-project";
import { getProject } from "@/lib/data/projects/get-project";
import { listProjectCounties, listProjectSchools } from "@/lib/data/projects/list-project-choices";
import { listProjects } from "@/lib/data/projects/list-projects";
import { cancelProject, recordProjectProgress } from "@/lib/data/projects/record-project-progress";
import { updateProject } from "@/lib/data/projects/update-project";
import { closeSchool, reopenSchool } from "@/lib/data/schools/close-school";
import { createSchool } from "@/lib/data/schools/create-school";
import { getSchoolForEdit } from "@/lib/data/schools/get-school-for-edit";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { listSchools } from "@/lib/data/schools/list-schools";
import { importSchools } from "@/lib/data/schools/import-schools";
import { listTemplateTowns } from "@/lib/data/schools/import-towns";
import { listSchoolExport } from "@/lib/data/schools/list-school-export";
import { updateSchool } from "@/lib/data/schools/update-school";
import {
  acceptSchoolProposal,
  rejectSchoolProposal,
  withdrawSchoolProposal,
} from "@/lib/data/school-proposals/decide-school-proposal";
import { getSchoolForProposal } from "@/lib/data/school-proposals/get-school-for-proposal";
import {
  countPendingSchoolProposals,
  listSchoolProposals,
} from "@/lib/data/school-proposals/list-school-proposals";
import { proposeSchoolCorrection } from "@/lib/data/school-proposals/propose-school-correction";
import { addGroupMember } from "@/lib/data/groups/add-group-member";
import { createGroup } from "@/lib/data/groups/create-group";
import { dissolveGroup } from "@/lib/data/groups/dissolve-group";
import { endGroupMembership } from "@/lib/data/groups/end-group-membership";
import { getGroup } from "@/lib/data/groups/get-group";
import { listGroupCounties } from "@/lib/data/groups/list-group-counties";
import { listGroupSchools } from "@/lib/data/groups/list-group-schools";
import { listGroupWorklist } from "@/lib/data/groups/list-group-worklist";
import { listGroups } from "@/lib/data/groups/list-groups";
import { updateGroup } from "@/lib/data/groups/update-group";
import { createProblem } from "@/lib/data/problems/create-problem";
import { generateFigureProblems, previewFigureProblems } from "@/lib/data/problems/generate-figure-problems";
import { getEvidenceFile } from "@/lib/data/evidence/get-evidence-file";
import { attachFacilityEvidence } from "@/lib/data/evidence/attach-facility-evidence";
import { attachValueEvidence } from "@/lib/data/evidence/attach-value-evidence";
import { deleteEvidenceFile } from "@/lib/data/evidence/delete-evidence-file";
import { listFacilityEvidence } from "@/lib/data/evidence/list-facility-evidence";
import { listValueEvidence } from "@/lib/data/evidence/list-value-evidence";
import { pdfFile } from "../support/evidence-file";
import { getSupervisionVisit } from "@/lib/data/supervision/get-visit";
import {
  getSchoolSupervision,
  listInspectorCandidates,
  listSupervisionVisits,
} from "@/lib/data/supervision/list-visits";
import { raiseSupervisionFinding } from "@/lib/data/supervision/raise-finding";
import { drawVerificationSample } from "@/lib/data/verification/draw-sample";
import { getQuarterFindings } from "@/lib/data/verification/get-quarter-findings";
import { getVerificationSample } from "@/lib/data/verification/get-sample";
import { listReportFindings } from "@/lib/data/verification/list-report-findings";
import { listVerificationSamples } from "@/lib/data/verification/list-samples";
import { recordVerificationFinding } from "@/lib/data/verification/record-finding";
import { recordSupervisionVisit } from "@/lib/data/supervision/record-visit";
import { getProblem } from "@/lib/data/problems/get-problem";
import { listProblemExport, listProblems } from "@/lib/data/problems/list-problems";
import { getProblemProgress, getProblemStateCounts } from "@/lib/data/problems/problem-progress";
import {
  acceptProblem,
  reportProblemProgress,
  returnProblem,
  startProblem,
  submitProblem,
} from "@/lib/data/problems/move-problem";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { getOwnEmail, updateOwnEmail } from "@/lib/data/users/update-own-email";
import { updateOwnLocale } from "@/lib/data/users/update-own-locale";
import { createUser } from "@/lib/data/users/create-user";
import { getManagedUser } from "@/lib/data/users/get-managed-user";
import { listUsers } from "@/lib/data/users/list-users";
import { resetUserPassword } from "@/lib/data/users/reset-user-password";
import { setUserActive, unlockUser } from "@/lib/data/users/set-user-active";
import { linkExternalIdentity, unlinkExternalIdentity } from "@/lib/data/users/link-external-identity";
import { updateUser } from "@/lib/data/users/update-user";
import { getPeriodBoard, getCompletenessTrend } from "@/lib/data/submissions/get-period-board";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { getSubmissionRules } from "@/lib/data/submissions/get-submission-rules";
import { listPeriods } from "@/lib/data/submissions/list-periods";
import { closePeriod, setPeriodDeadline } from "@/lib/data/submissions/manage-period";
import { openCollectionPeriod, openPeriod } from "@/lib/data/submissions/open-period";
import { getCityCollection } from "@/lib/data/collections/get-city-collection";
import { getCustomItem, getCustomItemFigures } from "@/lib/data/collections/get-custom-item-figures";
import { listCityCollections } from "@/lib/data/collections/list-city-collections";
import { listReportableIndicators } from "@/lib/data/collections/list-reportable-indicators";
import { saveCollection } from "@/lib/data/collections/save-collection";
import { collectionSchema } from "@/lib/schemas/collections";
import { reopenSubmission } from "@/lib/data/submissions/reopen-submission";
import { approveSubmission, returnSubmission } from "@/lib/data/submissions/review-submission";
import { saveSubmission } from "@/lib/data/submissions/save-submission";
import type { SessionUser } from "@/lib/data/auth/session-user";
import {
  ACTOR_KINDS,
  allow,
  ANY,
  CITY_ROLES,
  EVERYONE,
  EVERY_ACCOUNT,
  IN_CITY,
  loadMatrixWorld,
  OWN,
  outcomeOf,
  PROVINCE_ROLES,
  RELATIONS,
  type ActorKind,
  type MatrixWorld,
  type Relation,
  type Target,
} from "./support/matrix";
import { NavigationInterrupt } from "../setup/next-navigation-stub";
import { ACTIONS, undeclaredActions } from "./support/actions";
import { signInAs } from "./support/session";
import {
  ACTION_CASES,
  ALL_BUT_PRINCIPAL,
  decidedProposalOf,
  PROPOSAL_READERS,
  PROPOSERS,
  unchangedProposalOf,
  BRIEFING_READERS,
  closedReportOf,
  DELIVERY_MANAGERS,
  failedDeliveryOf,
  quarterlyCollectionEdit,
  quarterlyCollectionOf,
  customItemKeyOf,
  coreMembershipOf,
  GROUP_KEEPERS,
  GROUP_READERS,
  groupOfTarget,
  DIVISION_KEEPERS,
  DIVISION_MANAGERS,
  duplicateProblemFields,
  FACILITY_VALUES,
  facilityVersion,
  teacherVersion,
  facilityFile,
  invalidScopeChoice,
  LAST_QUARTER,
  newLogin,
  newStaffNo,
  NO_SUCH_COUNTY,
  MATRIX_PROJECT_VERSION,
  matrixProjectIn,
  NO_SUCH_SCHOOL,
  PERIOD_READERS,
  PROJECT_KEEPERS,
  PROJECT_LISTERS,
  PROJECT_READERS,
  PROBLEM_CREATORS,
  PROBLEM_READERS,
  PROBLEM_WORKERS,
  evidenceFileOf,
  closedValueOf,
  facilityRecordOf,
  principalsFileOf,
  EVIDENCE_DELETERS,
  problemOf,
  supervisionFindingOf,
  supervisionVisitOf,
  approvedValueOf,
  verificationItemOf,
  reportWithFindingOf,
  VERIFIERS,
  REGISTER_KEEPERS,
  REGISTER_READERS,
  REVIEWERS,
  rosterFile,
  SCHOOL_READERS,
  SCHOOL_WRITERS,
  SUBMISSION_READERS,
  SUBMISSION_WRITERS,
  TARGET_EDITORS,
  splitParts,
  splittableCityTarget,
  PROVINCE_SPLIT_CASE,
  PROVINCE_TARGET_EDITORS,
  provinceSplitCity,
  splittableProvinceTarget,
  takenCodeSchool,
  targetRowIn,
  TEACHER_VALUES,
  thresholdEdit,
  standardSetEditFor,
  thresholdRowFor,
  takenCountyName,
  takenTownName,
  townAssignmentFile,
  townOfTarget,
  townRefused,
  schoolFile,
  USER_MANAGERS,
  USER_MANAGERS_ANY_TARGET,
  linkedIdentityOf,
  newSubject,
} from "./support/action-cases";
import { quarterOf } from "@/lib/utils/periods";
import { registeredRoutes } from "@/lib/api/define-route";
import "@/lib/api/routes";
import { createApiToken } from "@/lib/data/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/data/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/data/api-tokens/revoke-api-token";
import { listCounties, listSchoolUnits, listTowns } from "@/lib/data/geography/list-units";
import { listCollections, findCollectionId } from "@/lib/data/submissions/list-collections";
import { listProblemPage } from "@/lib/data/problems/list-problem-page";
import { listFacilityRecords } from "@/lib/data/facilities/list-facility-records";
import { listThresholdsInForce } from "@/lib/data/standards/list-thresholds-in-force";
import { apiTokenIn, ROUTE_CASES, TOKEN_MANAGERS } from "./support/api-cases";
import { db } from "@/lib/db";
import { urgeReports, urgeSchoolReturns } from "@/lib/data/notifications/urge-reports";
import { countUnreadNotifications, listNotifications } from "@/lib/data/notifications/list-notifications";
import {
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/data/notifications/mark-notifications-read";
import { noticeFor, noticeOwnerOf, OWN_INBOX } from "./support/action-cases";
import { getWorkItems } from "@/lib/data/submissions/get-work-items";
import { getSchoolReturn, getSchoolReturnRules } from "@/lib/data/school-returns/get-school-return";
import { getSchoolReturnBoard } from "@/lib/data/school-returns/get-school-return-board";
import { getSchoolWorkItems } from "@/lib/data/school-returns/get-school-work-items";
import { saveSchoolReturn } from "@/lib/data/school-returns/save-school-return";
import { approveSchoolReturn, returnSchoolReturn } from "@/lib/data/school-returns/review-school-return";
import {
  closedSchoolReturnOf,
  SCHOOL_BOARD_READERS,
  SCHOOL_RETURN_READERS,
  SCHOOL_RETURN_REVIEWERS,
  SCHOOL_RETURN_WRITERS,
} from "./support/action-cases";

interface MatrixCase {
  /** The exported name of the function or action */
  name: string;
  run: (actor: SessionUser, target: Target, relation: Relation) => Promise<unknown>;
  expected: (actor: ActorKind, relation: Relation) => boolean;
  /** When a scope refusal shows as something other than FORBIDDEN/NOT_FOUND (e.g. an invalid choice in a form) */
  deniedWhen?: (value: unknown) => boolean;
}

// Functions that take no id from the caller or run before there is a user; the reason is the exemption.
const UNSAFE_NAME = /^unsafe[A-Z]/;

const EXEMPT: Record<string, string> = {
  authenticateWithPassword: "runs before sign-in; covered by authentication.test.ts",
  authenticateWithExternalIdentity:
    "runs before sign-in, for a person the identity provider verified; covered by single-sign-on.test.ts",
  loadSessionUser: "resolves the caller's own session; covered by authentication.test.ts",
  endSession: "ends the caller's own session",
  endSessionById: "ends the session named by the caller's own token",
  splitRefusal: "builds the refusal of a target split; reads and writes nothing",
  recordAudit: "helper inside another write's transaction",
  readableEvidenceWhere:
    "pure where clause of the evidence files whose owner the caller may read; getEvidenceFile and deleteEvidenceFile add it to their lookups",
  openSession: "helper inside a sign-in's transaction, after the password or the linked identity was checked",
  writeAudited:
    "helper inside another write's transaction (after the write's own permission and scope checks)",
  getScopeNames: "reads the names of the caller's own bound places only",
  loadSessionUserAndDataVersion:
    "resolves the caller's own session and the version number of their own city; covered by authentication.test.ts",
  dataVersionOf:
    "reads a scope's data version, a number that reveals nothing, for cache keys of what the caller shows; the page or briefing checks the scope itself",
  provinceDataVersion:
    "reads the data versions of the caller's own province's cities (none for any other account), numbers that reveal nothing, for the province briefing's cache key",
  writeSchoolUpdate:
    "helper inside updateSchool's and acceptSchoolProposal's transactions (after their checks)",
  loadPendingProposal: "helper of the proposal decisions (applies the school scope itself)",
  loadManagedUser: "helper of the user actions (checks permission and scope itself)",
  resolveRoleScope: "helper of the user actions (checks the chosen county or school against the city)",
  loadScopedPlace: "helper of the roster and facility functions (applies the school or county scope itself)",
  teachersOf: "pure where clause of a place already checked by loadScopedPlace",
  importFile:
    "body of the two import functions, which are in the matrix (checks permission and scope itself)",
  upsertRows: "builds the statement an import runs inside its transaction, after importFile's scope check",
  importIntoScope:
    "body of importFile and the school import, which are in the matrix (checks permission, and the caller's loader the scope)",
  listFilterWhere:
    "pure where clause of the register's filters; listSchools and listSchoolExport add the scope",
  loadTownScope: "helper of the school import and export (applies the user's own scope itself)",
  loadScopedTeacher: "helper of the teacher writes (applies the teacher scope itself)",
  assertStaffNoFree: "helper of the teacher writes, called after their scope check",
  loadScopedSchool: "helper of the school register writes (applies the school scope itself)",
  loadScopedTown: "helper of the school register writes (applies the county scope itself)",
  assertSchoolCodeFree: "helper of the school register writes, called after their scope check",
  withSchoolCodeRace: "helper of the school register writes: maps a lost race for a code to its field error",
  auditSubjectKey:
    "pure key of an audit record's subject, for the names listAuditLogs loads after its scope filter",
  overdueProblemWhere: "pure where clause of overdue problems, beside a query's own scope filter",
  schoolsAsOf: "pure SQL fragment of the schools on a day, inside queries whose callers checked the scope",
  openOn: "pure where clause of the schools open on a day, beside a query's own scope filter",
  loadScopedGroup: "helper of the group writes (applies the group scope itself)",
  assertNotDissolved: "pure state check of a group already loaded in scope",
  fieldError: "builds a group write's field error",
  assertDay: "turns a day rule's verdict into a group write's field error",
  lockCountySchool: "helper of the group writes: the school of the county of a group already loaded in scope",
  assertInNoOtherUrbanRuralGroup: "helper of the group writes, called after their scope check",
  currentMembershipWhere: "pure where clause of a current membership, inside scoped queries",
  currentUrbanRuralMembershipWhere:
    "pure where clause of a current urban-rural membership, inside scoped queries",
  loadScopedProject: "helper of the project writes (applies the project scope itself)",
  assertProjectSchool: "helper of the project writes, called after their scope check",
  staffNoRaceLost:
    "maps a teacher write's unique violation to its field error, after the write's scope check",
  loadScopedProblem: "helper of the problem steps (applies the problem scope itself)",
  duplicateProblem: "builds the field error of a duplicate problem, after the write's scope check",
  loadScopedSubmission: "helper of the submission functions (checks permission and scope itself)",
  claimVersion: "helper inside another write's transaction (optimistic lock on an already scoped submission)",
  staleSubmissionError:
    "helper inside another write's transaction: the refusal of a stale, already scoped submission",
  updateVersioned:
    "helper inside another write's transaction (optimistic lock on a record the write already loaded in scope)",
  staleRecordError:
    "helper inside another write's transaction: the refusal of a stale, already scoped record",
  loadForTransition:
    "helper of the submission writes (checks the action's permission, the scope and the transition itself)",
  staleReportError: "pure: the refusal built from a record a scoped write already loaded",
  changedEntries: "pure: compares a scoped write's input with the rows it loaded",
  schemaFieldsOf: "pure: the schema's part of fields a scoped reader already loaded",
  loadScopedSchoolReturn: "helper of the school return functions (checks permission and scope itself)",
  loadSchoolReturnForTransition:
    "helper of the school return writes (checks the action's permission, the scope and the transition itself)",
  schoolReturnSubject: "pure: a loaded return as the workflow sees it",
  claimSchoolReturnVersion:
    "helper inside another write's transaction (optimistic lock on an already scoped school return)",
  staleSchoolReturnError:
    "helper inside another write's transaction: the refusal of a stale, already scoped school return",
  createFirstAdmin:
    "runs from the command line (npm run admin:create) before the city has any user; covered by divisions.test.ts",
  lockCity: "helper inside the division writes' transactions, after their permission check",
  cityCopyOf:
    "helper inside the standards writes' transactions: copies a shared set for the caller's own city after their permission and scope checks",
  checkReadiness:
    "readiness probe of /api/ready: reads no one's data, only whether database, migrations and Redis answer",
  authenticateApiToken:
    "resolves the caller's own bearer token to its account before any check; covered by api.test.ts",
  recordApiCall: "logs the caller's own call under its own token, after the route ran",
  countApiCall: "counts the caller's own call under its own token (the rate limit); covered by api.test.ts",
  pruneApiRateWindows: "drops finished rate-limit windows of every token: no one's data, no id from a caller",
  dispatchDeliveries:
    "a system job with no caller (the pg-boss worker): turns queued e-mails and robot messages into jobs; covered by message-deliveries.test.ts",
  deliverMessage:
    "a system job with no caller (the pg-boss worker): sends one queued message by its id from the job; covered by message-deliveries.test.ts",
  pruneDeliveries:
    "a system job with no caller (the daily pg-boss schedule): deletes old sent and failed rows of every city's send log; covered by delivery-retry.test.ts",
  openScheduledPeriods:
    "a job of the system (lib/jobs/scheduled-work.ts): no caller and no input; it opens as each collection's schedule owner, through openCollectionPeriod and its checks; covered by collection-schedule.test.ts",
  sendDueReminders:
    "a system job with no caller (npm run reminders:send): reminds the officers of counties that owe a report; covered by reminders.test.ts",
};

const PROJECT_PLAN_VALUES = {
  name: "矩阵项目",
  category: "IT",
  budget: "1000",
  plannedStart: new Date("2026-01-01T00:00:00Z"),
  plannedFinish: new Date("2026-06-30T00:00:00Z"),
  newPlaces: 0,
} as const;

/** The division code of the target county's city (the city dashboard's `city` parameter). */
const cityCodeOf = async (target: Target) =>
  (
    await db().county.findUniqueOrThrow({
      where: { id: target.countyId },
      select: { city: { select: { code: true } } },
    })
  ).city.code;

const isEmpty = (value: unknown) => Array.isArray(value) && value.length === 0;
const FIRST_PAGE = { take: 500 };

const CASES: MatrixCase[] = [
  // The REST API's data functions and its tokens
  {
    name: "listCounties",
    run: async (u, t) => (await listCounties(u, FIRST_PAGE)).filter((county) => county.id === t.countyId),
    expected: BRIEFING_READERS,
    deniedWhen: isEmpty,
  },
  {
    name: "listTowns",
    run: (u, t) => listTowns(u, { countyId: t.countyId }, FIRST_PAGE),
    expected: BRIEFING_READERS,
    deniedWhen: isEmpty,
  },
  {
    name: "listSchoolUnits",
    run: (u, t) => listSchoolUnits(u, { countyId: t.countyId }, FIRST_PAGE),
    expected: SCHOOL_READERS,
    deniedWhen: isEmpty,
  },
  {
    name: "listCollections",
    run: (u, t) => listCollections(u, { countyId: t.countyId }, FIRST_PAGE),
    expected: SUBMISSION_READERS,
    deniedWhen: isEmpty,
  },
  {
    name: "findCollectionId",
    run: async (u, t) => {
      const report = await closedReportOf(t.countyId);
      const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: report.periodId } });
      return findCollectionId(u, { countyId: t.countyId, year: period.year, quarter: period.quarter ?? 0 });
    },
    expected: SUBMISSION_READERS,
  },
  {
    name: "listProblemPage",
    run: async (u, t) => {
      await problemOf(t, "step");
      return listProblemPage(u, { countyId: t.countyId }, FIRST_PAGE);
    },
    expected: PROBLEM_READERS,
    deniedWhen: isEmpty,
  },
  {
    name: "listFacilityRecords",
    run: (u, t) => listFacilityRecords(u, { schoolId: t.schoolId }, FIRST_PAGE),
    expected: SCHOOL_READERS,
    deniedWhen: isEmpty,
  },
  { name: "listThresholdsInForce", run: (u) => listThresholdsInForce(u), expected: allow(EVERYONE) },
  { name: "listApiTokens", run: (u) => listApiTokens(u), expected: allow({ admin: ANY }) },
  {
    name: "createApiToken",
    run: (u, t) =>
      createApiToken(u, { name: "矩阵", role: "COUNTY_OFFICER", countyId: t.countyId, expiresInDays: 1 }),
    expected: TOKEN_MANAGERS,
    deniedWhen: invalidScopeChoice,
  },
  {
    name: "revokeApiToken",
    run: async (u, t) => revokeApiToken(u, await apiTokenIn(t)),
    expected: TOKEN_MANAGERS,
  },
  // Dashboards
  {
    name: "getTeacherStructure",
    run: (u, t) => getTeacherStructure(u, { countyId: t.countyId }),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  {
    name: "getTeacherStructure",
    run: (u, t) => getTeacherStructure(u, { schoolId: t.schoolId }),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN, principal: OWN }),
  },
  {
    name: "getProjectProgress",
    run: (u, t) => getProjectProgress(u, t.countyId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  {
    name: "getSchoolDashboard",
    run: (u, t) => getSchoolDashboard(u, t.schoolId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN, principal: OWN }),
  },
  // Indicators, targets, standards, settings
  {
    name: "getIndicatorOverview",
    run: (u, t) => getIndicatorOverview(u, t.countyId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  {
    name: "getIndicatorOverview",
    // A province user's read-only view of the target's city: the city dashboard's figures, counties included.
    run: async (u, t) => {
      const view = await getCityView(u, await cityCodeOf(t));
      return view && getIndicatorOverview(view, t.countyId);
    },
    expected: allow({ ...CITY_ROLES, ...PROVINCE_ROLES }),
  },
  {
    name: "getProvinceOverview",
    run: (u) => getProvinceOverview(u),
    expected: allow(PROVINCE_ROLES),
  },
  {
    name: "getCityView",
    // The city dashboard's `city` parameter: a province user's city, or a city user's own, by code.
    run: async (u, t) => getCityView(u, await cityCodeOf(t)),
    expected: allow({ ...CITY_ROLES, ...PROVINCE_ROLES }),
  },
  {
    // The viewer's own scope's counties, whatever the target: a school user compares no counties (null, denied).
    name: "getCountyBases",
    run: (u) => getCountyBases(u),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY, officer: ANY, countyLeader: ANY }),
  },
  { name: "listIndicatorCatalogue", run: (u) => listIndicatorCatalogue(u), expected: allow(EVERY_ACCOUNT) },
  {
    name: "listIndicatorTargets",
    run: (u) => listIndicatorTargets(u, "rural_schools_in_groups_share"),
    // A province user gets the empty list: no city's targets (cityRowsWhere matches none without a city).
    expected: allow(EVERY_ACCOUNT),
  },
  {
    name: "setTarget",
    run: (u, t) =>
      setTarget(u, {
        indicatorKey: "rural_schools_in_groups_share",
        countyId: t.countyId,
        value: 100,
        deadlineYear: 2026,
      }),
    expected: TARGET_EDITORS,
  },
  {
    name: "splitTarget",
    run: async (u, t) =>
      splitTarget(u, { ...(await splittableCityTarget()), method: "manual", parts: splitParts(t) }),
    expected: TARGET_EDITORS,
  },
  {
    // The whole city's roll-up: city users only; a county user's scope holds one county (null, denied).
    name: "getTargetRollUp",
    run: (u) => getTargetRollUp(u, "rural_featured_courses"),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY }),
  },
  {
    name: "setProvinceTarget",
    run: (u) =>
      setProvinceTarget(u, { indicatorKey: "rural_schools_in_groups_share", value: 95, deadlineYear: 2031 }),
    expected: PROVINCE_TARGET_EDITORS,
  },
  {
    name: "splitProvinceTarget",
    run: async (u, t) =>
      splitProvinceTarget(u, {
        ...(await splittableProvinceTarget()),
        method: "manual",
        parts: [{ cityId: await provinceSplitCity(t), value: PROVINCE_SPLIT_CASE.value }],
      }),
    expected: PROVINCE_TARGET_EDITORS,
  },
  {
    // The province's targets and its cities' against them: province roles only; a city user's scope is no
    // province (null, denied).
    name: "getProvinceTargetRollUp",
    run: (u) => getProvinceTargetRollUp(u, "rural_featured_courses"),
    expected: allow(PROVINCE_ROLES),
  },
  {
    name: "deleteTarget",
    run: async (u, t) => deleteTarget(u, await targetRowIn(t.countyId)),
    expected: TARGET_EDITORS,
  },
  {
    name: "listStandardSets",
    run: (u) => listStandardSets(u),
    expected: allow({ admin: ANY, staff: ANY }),
  },
  {
    name: "updateThreshold",
    run: async (u, t, relation) =>
      updateThreshold(u, { id: await thresholdRowFor(relation, t.countyId), ...thresholdEdit }),
    expected: allow({ admin: IN_CITY, staff: IN_CITY }),
  },
  {
    name: "updateStandardSet",
    run: async (u, t, relation) => updateStandardSet(u, await standardSetEditFor(relation, t.countyId)),
    expected: allow({ admin: IN_CITY, staff: IN_CITY }),
  },
  { name: "getCitySettings", run: (u) => getCitySettings(u), expected: allow({ admin: ANY }) },
  // The city's group robots and send log: bound to the actor's own city, no id from the caller.
  {
    name: "getNotificationChannels",
    run: (u) => getNotificationChannels(u),
    expected: USER_MANAGERS_ANY_TARGET,
  },
  {
    name: "updateNotificationChannels",
    run: (u) =>
      updateNotificationChannels(u, {
        wecomWebhook: "",
        dingtalkWebhook: "",
        dingtalkSecret: "",
        clearDingtalkSecret: false,
      }),
    expected: USER_MANAGERS_ANY_TARGET,
  },
  { name: "listDeliveries", run: (u) => listDeliveries(u, { page: 1 }), expected: USER_MANAGERS_ANY_TARGET },
  {
    name: "retryDelivery",
    run: async (u, t) => retryDelivery(u, { deliveryId: await failedDeliveryOf(t) }),
    expected: DELIVERY_MANAGERS,
  },
  {
    name: "updateCitySettings",
    run: (u) => updateCitySettings(u, { principal_term_years: 3, outlier_factor: 3 }),
    expected: allow({ admin: ANY }),
  },

  // Divisions
  { name: "getDivisionSetup", run: (u) => getDivisionSetup(u), expected: DIVISION_MANAGERS },
  {
    name: "setUpCityDivisions",
    run: (u) => setUpCityDivisions(u, { countyCodes: [NO_SUCH_COUNTY] }),
    expected: DIVISION_MANAGERS,
  },
  {
    name: "createFunctionalZone",
    run: async (u, t) =>
      createFunctionalZone(u, { name: "矩阵功能区", nameEn: "", townIds: [await townOfTarget(t)] }),
    expected: DIVISION_KEEPERS,
  },
  {
    name: "moveTowns",
    // The town is in the target's county already: past the gate and the scope the move is refused.
    run: async (u, t) => moveTowns(u, { countyId: t.countyId, townIds: [await townOfTarget(t)] }),
    expected: DIVISION_KEEPERS,
  },
  {
    name: "renameCounty",
    run: async (u, t) => renameCounty(u, { id: t.countyId, name: await takenCountyName(t), nameEn: "" }),
    expected: DIVISION_KEEPERS,
  },
  {
    name: "renameTown",
    run: async (u, t) => renameTown(u, await takenTownName(t)),
    expected: DIVISION_KEEPERS,
  },
  {
    name: "importTownAssignments",
    run: async (u, t) => importTownAssignments(u, await townAssignmentFile(t)),
    expected: DIVISION_KEEPERS,
    deniedWhen: townRefused,
  },
  {
    name: "listTownTemplateLists",
    // Empty for those who cannot keep divisions: a reader that returns nothing.
    run: async (u) => ((await listTownTemplateLists(u)).townId ? true : null),
    expected: DIVISION_MANAGERS,
  },

  // School register
  { name: "listSchools", run: (u) => listSchools(u, { sort: "town", page: 1 }), expected: REGISTER_READERS },
  { name: "listSchoolPlaces", run: (u) => listSchoolPlaces(u), expected: REGISTER_READERS },
  { name: "getSchoolForEdit", run: (u, t) => getSchoolForEdit(u, t.schoolId), expected: REGISTER_KEEPERS },
  {
    name: "createSchool",
    run: async (u, t) => createSchool(u, await takenCodeSchool(t)),
    expected: REGISTER_KEEPERS,
  },
  {
    name: "updateSchool",
    run: async (u, t) => updateSchool(u, { id: t.schoolId, ...(await takenCodeSchool(t)) }),
    expected: REGISTER_KEEPERS,
  },
  {
    name: "closeSchool",
    run: (u, t) => closeSchool(u, { id: t.schoolId, closedOn: new Date(), mergedIntoId: NO_SUCH_SCHOOL }),
    expected: REGISTER_KEEPERS,
  },
  // Correction proposals: nothing changed, or a proposal decided already: refused past the gate and the scope.
  {
    name: "proposeSchoolCorrection",
    run: async (u, t) => proposeSchoolCorrection(u, await unchangedProposalOf(t)),
    expected: PROPOSERS,
  },
  {
    name: "withdrawSchoolProposal",
    run: async (u, t) => withdrawSchoolProposal(u, { id: await decidedProposalOf(t) }),
    expected: PROPOSERS,
  },
  {
    name: "acceptSchoolProposal",
    run: async (u, t) => acceptSchoolProposal(u, { id: await decidedProposalOf(t) }),
    expected: REGISTER_KEEPERS,
  },
  {
    name: "rejectSchoolProposal",
    run: async (u, t) => rejectSchoolProposal(u, { id: await decidedProposalOf(t), reason: "矩阵" }),
    expected: REGISTER_KEEPERS,
  },
  {
    name: "countPendingSchoolProposals",
    run: (u) => countPendingSchoolProposals(u),
    expected: allow({ staff: ANY, officer: ANY }),
  },
  { name: "getSchoolForProposal", run: (u, t) => getSchoolForProposal(u, t.schoolId), expected: PROPOSERS },
  {
    name: "listSchoolProposals",
    run: (u) => listSchoolProposals(u, { page: 1 }),
    expected: PROPOSAL_READERS,
  },
  // The target school is active: past the gate and the scope, reopening it is refused for its state.
  { name: "reopenSchool", run: (u, t) => reopenSchool(u, { id: t.schoolId }), expected: REGISTER_KEEPERS },
  // Education groups: readers see the groups of their scope (a principal: its school's); each write is refused for
  // its payload or state once past the gate and the scope, so nothing changes.
  { name: "listGroups", run: (u) => listGroups(u, { sort: "name", page: 1 }), expected: allow(EVERYONE) },
  { name: "listGroupCounties", run: (u) => listGroupCounties(u), expected: allow(EVERYONE) },
  {
    name: "getGroup",
    run: async (u, t) => getGroup(u, (await groupOfTarget(t)).id),
    expected: GROUP_READERS,
  },
  { name: "listGroupSchools", run: (u, t) => listGroupSchools(u, t.countyId), expected: GROUP_KEEPERS },
  {
    name: "listGroupWorklist",
    run: (u, t) => listGroupWorklist(u, { county: t.countyId, page: 1 }),
    expected: REGISTER_READERS,
  },
  {
    name: "createGroup",
    run: (u, t) =>
      createGroup(u, {
        countyId: t.countyId,
        name: "矩阵集团",
        kind: "URBAN_RURAL_GROUP",
        coreSchoolId: NO_SUCH_SCHOOL,
        foundedOn: new Date("2020-09-01T00:00:00Z"),
      }),
    expected: GROUP_KEEPERS,
  },
  {
    name: "updateGroup",
    run: async (u, t) =>
      updateGroup(u, {
        id: (await groupOfTarget(t)).id,
        name: "矩阵集团",
        kind: "ALLIANCE",
        coreSchoolId: NO_SUCH_SCHOOL,
        foundedOn: new Date("2020-09-01T00:00:00Z"),
      }),
    expected: GROUP_KEEPERS,
  },
  {
    name: "addGroupMember",
    run: async (u, t) =>
      addGroupMember(u, {
        groupId: (await groupOfTarget(t)).id,
        schoolId: NO_SUCH_SCHOOL,
        joinedOn: new Date("2020-09-01T00:00:00Z"),
      }),
    expected: GROUP_KEEPERS,
  },
  {
    name: "endGroupMembership",
    run: async (u, t) => endGroupMembership(u, { id: await coreMembershipOf(t), leftOn: new Date() }),
    expected: GROUP_KEEPERS,
  },
  {
    name: "dissolveGroup",
    run: async (u, t) =>
      dissolveGroup(u, { id: (await groupOfTarget(t)).id, dissolvedOn: new Date("2000-01-01T00:00:00Z") }),
    expected: GROUP_KEEPERS,
  },

  // Projects
  {
    name: "listProjects",
    run: (u) => listProjects(u, { sort: "finish", page: 1 }),
    expected: PROJECT_LISTERS,
  },
  { name: "listProjectCounties", run: (u) => listProjectCounties(u), expected: PROJECT_LISTERS },
  { name: "listProjectSchools", run: (u) => listProjectSchools(u), expected: allow({ officer: ANY }) },
  {
    name: "getProject",
    run: async (u, t) => getProject(u, await matrixProjectIn(t.countyId)),
    expected: PROJECT_READERS,
  },
  {
    // A school that does not exist: past the gate the plan is refused for it, so nothing is created.
    name: "createProject",
    run: (u) => createProject(u, { ...PROJECT_PLAN_VALUES, schoolId: NO_SUCH_SCHOOL }),
    expected: allow({ officer: ANY }),
  },
  {
    name: "updateProject",
    run: async (u, t) =>
      updateProject(u, {
        id: await matrixProjectIn(t.countyId),
        version: MATRIX_PROJECT_VERSION,
        ...PROJECT_PLAN_VALUES,
        schoolId: NO_SUCH_SCHOOL,
      }),
    expected: PROJECT_KEEPERS,
  },
  {
    // The matrix project is completed: past the gate and the scope, going back to planned is refused.
    name: "recordProjectProgress",
    run: async (u, t) =>
      recordProjectProgress(u, {
        id: await matrixProjectIn(t.countyId),
        version: MATRIX_PROJECT_VERSION,
        status: "PLANNED",
        progress: 0,
        fundsReceived: "0",
        spent: "0",
        note: "矩阵",
      }),
    expected: PROJECT_KEEPERS,
  },
  {
    name: "cancelProject",
    run: async (u, t) =>
      cancelProject(u, {
        id: await matrixProjectIn(t.countyId),
        version: MATRIX_PROJECT_VERSION,
        note: "矩阵",
      }),
    expected: PROJECT_KEEPERS,
  },
  {
    name: "importSchools",
    run: async (u, t) => importSchools(u, await schoolFile(t)),
    expected: REGISTER_KEEPERS,
    deniedWhen: townRefused,
  },
  {
    name: "listSchoolExport",
    run: (u) => listSchoolExport(u, { sort: "town", page: 1 }),
    expected: REGISTER_READERS,
  },
  {
    name: "listTemplateTowns",
    // Empty for those who cannot import schools: a reader that returns nothing.
    run: async (u) => ((await listTemplateTowns(u)).townId ? true : null),
    expected: REGISTER_READERS,
  },

  // Problems (整改台账)
  {
    name: "listProblems",
    run: (u) => listProblems(u, { page: 1 }),
    expected: allow({
      ...CITY_ROLES,
      cityLeader: ANY,
      admin: ANY,
      staff: ANY,
      officer: ANY,
      countyLeader: ANY,
    }),
  },
  {
    name: "getProblem",
    run: async (u, t) => getProblem(u, await problemOf(t, "step")),
    expected: PROBLEM_READERS,
  },
  {
    // The download of an evidence file: whoever may see its problem.
    name: "getEvidenceFile",
    run: async (u, t) => getEvidenceFile(u, await evidenceFileOf(t)),
    expected: PROBLEM_READERS,
  },
  // Evidence files (佐证材料) of reports' values and facility records (decision 0043)
  {
    name: "listValueEvidence",
    run: async (u, t) => listValueEvidence(u, (await closedReportOf(t.countyId)).id),
    expected: SUBMISSION_READERS,
  },
  {
    name: "listFacilityEvidence",
    run: async (u, t) => listFacilityEvidence(u, t.schoolId, 2025),
    expected: SCHOOL_READERS,
  },
  {
    // A closed quarter's report: past the gate and the scope the upload is refused for its state, nothing is written.
    name: "attachValueEvidence",
    run: async (u, t) => attachValueEvidence(u, { valueId: await closedValueOf(t), files: [pdfFile()] }),
    expected: SUBMISSION_WRITERS,
  },
  {
    name: "attachFacilityEvidence",
    run: async (u, t) =>
      attachFacilityEvidence(u, { recordId: await facilityRecordOf(t), files: [pdfFile()] }),
    expected: SCHOOL_WRITERS,
  },
  {
    // A fresh file of the target's record uploaded by the principal: only its uploader may delete it.
    name: "deleteEvidenceFile",
    run: async (u, t) => deleteEvidenceFile(u, { id: await principalsFileOf(t) }),
    expected: EVIDENCE_DELETERS,
  },
  {
    name: "createProblem",
    run: async (u, t) =>
      createProblem(u, {
        ...(await duplicateProblemFields(t)),
        schoolCode: undefined,
        measures: "",
        deadline: new Date("2026-12-31"),
      }),
    expected: PROBLEM_CREATORS,
  },
  {
    name: "startProblem",
    run: async (u, t) => startProblem(u, { id: await problemOf(t, "step"), note: "" }),
    expected: PROBLEM_WORKERS,
  },
  {
    name: "reportProblemProgress",
    run: async (u, t) => reportProblemProgress(u, { id: await problemOf(t, "step"), note: "矩阵" }),
    expected: PROBLEM_WORKERS,
  },
  {
    name: "submitProblem",
    run: async (u, t) => submitProblem(u, { id: await problemOf(t, "step"), note: "" }),
    expected: PROBLEM_WORKERS,
  },
  {
    // Only the level above a school's problem (its county) accepts it; the city is refused for its level.
    name: "acceptProblem",
    run: async (u, t) => acceptProblem(u, { id: await problemOf(t, "accept"), note: "" }),
    expected: allow({ officer: OWN }),
  },
  {
    // Only the level above a county's own problem (the city) returns it; the county is refused for its level.
    name: "returnProblem",
    run: async (u, t) => returnProblem(u, { id: await problemOf(t, "return"), note: "矩阵" }),
    expected: allow({ staff: IN_CITY }),
  },

  {
    name: "getProblemProgress",
    run: (u) => getProblemProgress(u),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY, officer: ANY, countyLeader: ANY }),
  },
  // Supervision visits (督导)
  {
    name: "listSupervisionVisits",
    run: (u) => listSupervisionVisits(u, { page: 1 }),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY, officer: ANY, countyLeader: ANY }),
  },
  {
    name: "getSupervisionVisit",
    run: async (u, t) => getSupervisionVisit(u, await supervisionVisitOf(t)),
    expected: PROBLEM_READERS,
  },
  {
    name: "getSchoolSupervision",
    run: (u, t) => getSchoolSupervision(u, t.schoolId),
    expected: PROBLEM_READERS,
  },
  {
    name: "listInspectorCandidates",
    run: (u) => listInspectorCandidates(u),
    expected: allow({ staff: ANY, officer: ANY }),
  },
  {
    name: "recordSupervisionVisit",
    run: (u, t) =>
      recordSupervisionVisit(u, {
        countyId: t.countyId,
        schoolCode: t.schoolCode,
        kind: "SCHOOLING",
        visitedOn: new Date("2026-10-20"),
        inspectorIds: [],
        inspectorNames: ["矩阵督学"],
        summary: "",
        findings: ["矩阵发现"],
      }),
    expected: PROBLEM_CREATORS,
  },
  {
    name: "raiseSupervisionFinding",
    run: async (u, t) =>
      raiseSupervisionFinding(u, {
        findingId: await supervisionFindingOf(t),
        deadline: new Date("2027-06-30"),
      }),
    expected: PROBLEM_CREATORS,
  },
  // Sampled verification (核查): city staff of the city only.
  {
    name: "listVerificationSamples",
    run: (u) => listVerificationSamples(u, { page: 1 }),
    expected: allow({ staff: ANY }),
  },
  {
    name: "getQuarterFindings",
    run: (u) => getQuarterFindings(u, { quarter: LAST_QUARTER, countyId: null }),
    expected: allow({
      admin: ANY,
      staff: ANY,
      cityLeader: ANY,
      officer: ANY,
      countyLeader: ANY,
      provinceStaff: ANY,
      provinceLeader: ANY,
    }),
  },
  {
    name: "listReportFindings",
    run: async (u, t) => listReportFindings(u, await reportWithFindingOf(t)),
    deniedWhen: (value) => Array.isArray(value) && value.length === 0,
    expected: SUBMISSION_READERS,
  },
  {
    name: "getVerificationSample",
    run: async (u, t) => getVerificationSample(u, (await verificationItemOf(t)).sampleId),
    expected: VERIFIERS,
  },
  {
    name: "drawVerificationSample",
    run: async (u, t) =>
      drawVerificationSample(u, {
        periodId: (await approvedValueOf(t)).submission.periodId,
        size: 1,
        seed: undefined,
      }),
    expected: VERIFIERS,
  },
  {
    name: "recordVerificationFinding",
    run: async (u, t) =>
      recordVerificationFinding(u, {
        itemId: (await verificationItemOf(t)).itemId,
        finding: "CONFIRMED",
        note: undefined,
      }),
    expected: VERIFIERS,
  },
  {
    name: "getProblemStateCounts",
    run: (u) => getProblemStateCounts(u),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY, officer: ANY, countyLeader: ANY }),
  },
  {
    name: "listProblemExport",
    run: (u) => listProblemExport(u, { page: 1 }),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY, officer: ANY, countyLeader: ANY }),
  },
  // The city's figures, city-wide whatever the target: generating twice adds nothing the second time.
  { name: "previewFigureProblems", run: (u) => previewFigureProblems(u), expected: allow({ staff: ANY }) },
  {
    name: "generateFigureProblems",
    run: (u) => generateFigureProblems(u, { deadline: new Date("2027-06-30") }),
    expected: allow({ staff: ANY }),
  },

  // Briefings and table exports
  {
    name: "getBriefingData",
    run: (u, t) => getBriefingData(u, { countyId: t.countyId, quarter: LAST_QUARTER }),
    expected: BRIEFING_READERS,
  },
  {
    // The province's briefing: province roles only; a city user's scope is no province (null, denied).
    name: "getProvinceBriefingData",
    run: (u) => getProvinceBriefingData(u, { quarter: LAST_QUARTER }),
    expected: allow(PROVINCE_ROLES),
  },
  {
    name: "getSubmissionSummary",
    run: (u, t) => getSubmissionSummary(u, t.countyId, LAST_QUARTER),
    expected: BRIEFING_READERS,
  },
  {
    name: "listSchoolCompliance",
    run: (u, t) => listSchoolCompliance(u, t.countyId, new Date()),
    expected: BRIEFING_READERS,
  },

  // Accounts
  { name: "listUsers", run: (u) => listUsers(u, { page: 1 }), expected: USER_MANAGERS_ANY_TARGET },
  { name: "getManagedUser", run: (u, t) => getManagedUser(u, t.userId), expected: USER_MANAGERS },
  {
    name: "createUser",
    run: (u, t) =>
      createUser(u, {
        loginName: newLogin(),
        displayName: "矩阵",
        role: "COUNTY_OFFICER",
        countyId: t.countyId,
      }),
    expected: USER_MANAGERS,
    deniedWhen: invalidScopeChoice,
  },
  {
    name: "updateUser",
    run: (u, t) => updateUser(u, { id: t.userId, displayName: "矩阵测试", role: "LEADER" }),
    expected: USER_MANAGERS,
  },
  { name: "resetUserPassword", run: (u, t) => resetUserPassword(u, t.userId), expected: USER_MANAGERS },
  { name: "setUserActive", run: (u, t) => setUserActive(u, t.userId, true), expected: USER_MANAGERS },
  { name: "unlockUser", run: (u, t) => unlockUser(u, t.userId), expected: USER_MANAGERS },
  {
    name: "linkExternalIdentity",
    run: (u, t) => linkExternalIdentity(u, { id: t.userId, subject: newSubject() }),
    expected: USER_MANAGERS,
  },
  {
    name: "unlinkExternalIdentity",
    run: async (u, t) => unlinkExternalIdentity(u, { id: t.userId, identityId: await linkedIdentityOf(t) }),
    expected: USER_MANAGERS,
  },
  {
    name: "changeOwnPassword",
    run: (u) =>
      changeOwnPassword(u, { currentPassword: "not-the-password", newPassword: "Another-pass-2026" }),
    expected: allow(EVERY_ACCOUNT),
    // A wrong current password is a payload error: the call got past any permission gate.
    deniedWhen: () => false,
  },
  { name: "listCityPlaces", run: (u) => listCityPlaces(u), expected: USER_MANAGERS_ANY_TARGET },
  // Each account's own e-mail address (no id from the caller).
  { name: "getOwnEmail", run: (u) => getOwnEmail(u), expected: allow(EVERY_ACCOUNT) },
  {
    name: "updateOwnEmail",
    run: (u) => updateOwnEmail(u, { email: `${u.loginName}@matrix.test` }),
    expected: allow(EVERY_ACCOUNT),
  },
  // Each account's own language (no id from the caller).
  { name: "updateOwnLocale", run: (u) => updateOwnLocale(u, "en"), expected: allow(EVERY_ACCOUNT) },
  // The inbox: each user's own, whatever the role; another account's message is not found.
  {
    name: "listNotifications",
    run: (u) => listNotifications(u, { page: 1 }),
    expected: allow(EVERY_ACCOUNT),
  },
  {
    name: "countUnreadNotifications",
    run: (u) => countUnreadNotifications(u),
    expected: allow(EVERY_ACCOUNT),
  },
  {
    name: "markNotificationRead",
    run: async (u, t, relation) =>
      markNotificationRead(u, { notificationId: await noticeFor(noticeOwnerOf(u.id, t, relation)) }),
    expected: OWN_INBOX,
  },
  {
    // On a closed quarter: past the gate and the scope, refused for the period's state (nothing is sent).
    name: "urgeReports",
    run: async (u, t) =>
      urgeReports(u, { periodId: (await closedReportOf(t.countyId)).periodId, countyIds: [t.countyId] }),
    expected: REVIEWERS,
  },
  {
    name: "markAllNotificationsRead",
    run: (u) => markAllNotificationsRead(u),
    expected: allow(EVERY_ACCOUNT),
  },
  // "What needs you": every landing page has it; each reads only the user's own scope (a principal's is empty).
  { name: "getWorkItems", run: (u) => getWorkItems(u), expected: allow(EVERY_ACCOUNT) },
  // Audit
  { name: "listAuditLogs", run: (u) => listAuditLogs(u, { page: 1 }), expected: USER_MANAGERS_ANY_TARGET },
  { name: "listAuditFacets", run: (u) => listAuditFacets(u), expected: USER_MANAGERS_ANY_TARGET },
  // Places
  {
    name: "getCityWithCounties",
    run: (u) => getCityWithCounties(u),
    expected: allow({ admin: ANY, staff: ANY, cityLeader: ANY }),
  },
  {
    name: "getCountyWithSchools",
    run: (u, t) => getCountyWithSchools(u, t.countyId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  {
    name: "getCountyInScope",
    run: (u, t) => getCountyInScope(u, t.countyId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  {
    name: "getSchoolWithPlace",
    run: (u, t) => getSchoolWithPlace(u, t.schoolId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN, principal: OWN }),
  },
  // Facilities
  {
    name: "getFacilityWorkspace",
    run: (u, t) => getFacilityWorkspace(u, t.schoolId, 2025),
    expected: SCHOOL_READERS,
  },
  {
    name: "saveFacilityRecord",
    run: async (u, t) =>
      saveFacilityRecord(u, {
        schoolId: t.schoolId,
        version: await facilityVersion(t.schoolId),
        ...FACILITY_VALUES,
      }),
    expected: SCHOOL_WRITERS,
  },
  {
    name: "importFacilityRecords",
    run: async (u, t) => importFacilityRecords(u, { kind: "school", id: t.schoolId }, await facilityFile(t)),
    expected: SCHOOL_WRITERS,
  },
  {
    name: "listFacilityWorklist",
    run: (u, t) => listFacilityWorklist(u, t.countyId),
    expected: allow({ officer: OWN }),
  },
  {
    name: "listFacilityExport",
    run: (u, t) => listFacilityExport(u, { kind: "school", id: t.schoolId }),
    expected: SCHOOL_READERS,
  },
  // Teachers
  {
    name: "listTeachers",
    run: (u, t) =>
      listTeachers(
        u,
        { kind: "school", id: t.schoolId },
        { status: "current", sort: "name", dir: "asc", page: 1 },
      ),
    expected: SCHOOL_READERS,
  },
  {
    name: "listRosterExport",
    run: (u, t) => listRosterExport(u, { kind: "county", id: t.countyId }),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  { name: "getTeacher", run: (u, t) => getTeacher(u, t.teacherId), expected: SCHOOL_READERS },
  {
    name: "createTeacher",
    run: (u, t) => createTeacher(u, { schoolId: t.schoolId, staffNo: newStaffNo(), ...TEACHER_VALUES }),
    expected: SCHOOL_WRITERS,
  },
  {
    name: "updateTeacher",
    run: async (u, t) =>
      updateTeacher(u, {
        id: t.teacherId,
        version: await teacherVersion(t.teacherId),
        staffNo: `KEEP${t.teacherId}`,
        ...TEACHER_VALUES,
      }),
    expected: SCHOOL_WRITERS,
  },
  {
    name: "assignSchoolPost",
    run: (u, t) =>
      assignSchoolPost(u, {
        id: t.teacherId,
        kind: "VICE_PRINCIPAL",
        startedOn: new Date("2025-09-01T00:00:00Z"),
        currentTermStartedOn: new Date("2025-09-01T00:00:00Z"),
      }),
    expected: SCHOOL_WRITERS,
  },
  {
    // To the teacher's own school: refused as a payload error once the teacher is found in scope, so nobody moves.
    name: "rotateTeacher",
    run: (u, t) =>
      rotateTeacher(u, {
        id: t.teacherId,
        toSchoolId: t.schoolId,
        startedOn: new Date("2025-09-01T00:00:00Z"),
      }),
    expected: allow({ officer: OWN }),
  },
  {
    name: "importTeacherRoster",
    run: async (u, t) => importTeacherRoster(u, { kind: "school", id: t.schoolId }, await rosterFile(t)),
    expected: SCHOOL_WRITERS,
  },
  {
    // Last of the teacher writes: the teacher stays left (later calls meet INVALID_STATE, which is past the gate).
    name: "markTeacherLeft",
    run: (u, t) =>
      markTeacherLeft(u, { id: t.teacherId, status: "LEFT", leftOn: new Date("2026-01-01T00:00:00Z") }),
    expected: SCHOOL_WRITERS,
  },
  // Quarterly reports
  {
    name: "getSubmission",
    run: async (u, t) => getSubmission(u, (await closedReportOf(t.countyId)).id),
    expected: SUBMISSION_READERS,
  },
  {
    name: "getSubmissionRules",
    run: async (u, t) => getSubmissionRules(u, (await closedReportOf(t.countyId)).id, "submissions:view"),
    expected: SUBMISSION_READERS,
  },
  { name: "listPeriods", run: (u) => listPeriods(u), expected: ALL_BUT_PRINCIPAL },
  {
    name: "getPeriodBoard",
    run: async (u, t) => getPeriodBoard(u, (await closedReportOf(t.countyId)).periodId),
    expected: PERIOD_READERS,
  },
  { name: "getCompletenessTrend", run: (u) => getCompletenessTrend(u, 1), expected: ALL_BUT_PRINCIPAL },
  {
    name: "saveSubmission",
    run: async (u, t) => {
      const report = await closedReportOf(t.countyId);
      return saveSubmission(u, {
        submissionId: report.id,
        version: report.version,
        intent: "draft",
        entries: {},
      });
    },
    expected: SUBMISSION_WRITERS,
  },
  {
    name: "approveSubmission",
    run: async (u, t) =>
      approveSubmission(u, { submissionId: (await closedReportOf(t.countyId)).id, version: 0 }),
    expected: REVIEWERS,
  },
  {
    name: "returnSubmission",
    run: async (u, t) =>
      returnSubmission(u, {
        submissionId: (await closedReportOf(t.countyId)).id,
        version: 0,
        reason: "矩阵",
        comments: {},
      }),
    expected: REVIEWERS,
  },
  {
    name: "reopenSubmission",
    // Version 0 is stale: a reviewer gets past the gate and is refused for the version, nothing changes.
    run: async (u, t) =>
      reopenSubmission(u, {
        submissionId: (await closedReportOf(t.countyId)).id,
        version: 0,
        reason: "矩阵",
      }),
    expected: REVIEWERS,
  },
  {
    name: "openPeriod",
    // The quarter of the open demo period: past the gate, opening it again is refused for its state.
    run: (u) => openPeriod(u, { ...quarterOf(new Date()), deadline: new Date() }),
    expected: allow({ staff: ANY }),
  },
  // Collections (decision 0044): read by those who read the city's periods, defined and opened by its staff.
  {
    name: "listCityCollections",
    run: async (u, t) => {
      const { id } = await quarterlyCollectionOf(t.countyId);
      return (await listCityCollections(u)).filter((collection) => collection.id === id);
    },
    expected: PERIOD_READERS,
    deniedWhen: isEmpty,
  },
  {
    name: "getCityCollection",
    run: async (u, t) => getCityCollection(u, (await quarterlyCollectionOf(t.countyId)).id),
    expected: PERIOD_READERS,
    deniedWhen: (value) => value === null,
  },
  {
    name: "getCustomItemFigures",
    // The figures of the reader's own scope (decision 0047): it takes no id, nobody is refused but a principal.
    run: (u) => getCustomItemFigures(u),
    expected: ALL_BUT_PRINCIPAL,
    deniedWhen: () => false,
  },
  {
    name: "getCustomItem",
    // A custom item of the target's city: found by the readers of the city's reports, not found in another city.
    run: async (u, t) => getCustomItem(u, await customItemKeyOf(t.countyId)),
    expected: PERIOD_READERS,
    deniedWhen: (value) => value === null,
  },
  {
    name: "listReportableIndicators",
    run: (u) => listReportableIndicators(u),
    expected: allow({ staff: ANY }),
  },
  // Schools' returns (decision 0046), in a closed period: past the gate every write is refused, nothing changes.
  {
    name: "getSchoolReturn",
    run: async (u, t) => getSchoolReturn(u, (await closedSchoolReturnOf(t.schoolId)).id),
    expected: SCHOOL_RETURN_READERS,
  },
  {
    name: "getSchoolReturnRules",
    run: async (u, t) => getSchoolReturnRules(u, (await closedSchoolReturnOf(t.schoolId)).id),
    expected: SCHOOL_RETURN_WRITERS,
  },
  {
    name: "saveSchoolReturn",
    run: async (u, t) => {
      const found = await closedSchoolReturnOf(t.schoolId);
      return saveSchoolReturn(u, {
        returnId: found.id,
        version: found.version,
        intent: "draft",
        entries: {},
      });
    },
    expected: SCHOOL_RETURN_WRITERS,
  },
  {
    name: "approveSchoolReturn",
    run: async (u, t) =>
      approveSchoolReturn(u, { returnId: (await closedSchoolReturnOf(t.schoolId)).id, version: 0 }),
    expected: SCHOOL_RETURN_REVIEWERS,
  },
  {
    name: "returnSchoolReturn",
    run: async (u, t) =>
      returnSchoolReturn(u, {
        returnId: (await closedSchoolReturnOf(t.schoolId)).id,
        version: 0,
        reason: "矩阵",
      }),
    expected: SCHOOL_RETURN_REVIEWERS,
  },
  {
    // On a closed period: past the gate and the county's scope, refused for the period's state (nothing is sent).
    name: "urgeSchoolReturns",
    run: async (u, t) => {
      const found = await closedSchoolReturnOf(t.schoolId);
      return urgeSchoolReturns(u, { periodId: found.periodId, schoolIds: [t.schoolId] });
    },
    expected: SCHOOL_RETURN_REVIEWERS,
  },
  {
    name: "getSchoolReturnBoard",
    run: async (u, t) => getSchoolReturnBoard(u, (await closedSchoolReturnOf(t.schoolId)).periodId),
    expected: SCHOOL_BOARD_READERS,
  },
  { name: "getSchoolWorkItems", run: (u) => getSchoolWorkItems(u), expected: allow(EVERY_ACCOUNT) },
  {
    name: "saveCollection",
    // The quarterly report's items follow the catalogue: past the gate, the edit is refused, nothing changes.
    run: async (u, t) => saveCollection(u, collectionSchema.parse(await quarterlyCollectionEdit(t.countyId))),
    expected: REVIEWERS,
  },
  {
    name: "openCollectionPeriod",
    // The quarter of the open demo period: past the gate, opening it again is refused for its state.
    run: async (u, t) =>
      openCollectionPeriod(u, {
        collectionId: (await quarterlyCollectionOf(t.countyId)).id,
        year: quarterOf(new Date()).year,
        sequence: quarterOf(new Date()).quarter,
      }),
    expected: REVIEWERS,
  },
  {
    name: "setPeriodDeadline",
    run: async (u, t) =>
      setPeriodDeadline(u, {
        periodId: (await closedReportOf(t.countyId)).periodId,
        deadline: new Date("2026-01-01"),
      }),
    expected: REVIEWERS,
  },
  {
    name: "closePeriod",
    run: async (u, t) => closePeriod(u, (await closedReportOf(t.countyId)).periodId),
    expected: REVIEWERS,
  },
];

/** Calls a registered action as its form would; a redirect after success (a new teacher's page) is a result. */
async function sendForm(name: string, data: FormData): Promise<unknown> {
  try {
    const state = await ACTIONS.get(name)!.action(IDLE, data);
    if (isUnexpectedFailure(state)) throw new Error(`${name} failed unexpectedly (see the log above)`);
    return state;
  } catch (error) {
    if (error instanceof NavigationInterrupt && error.kind === "redirect")
      return `redirected to ${error.url}`;
    throw error;
  }
}

describe("permission matrix", () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await loadMatrixWorld();
  });

  it("lists every data-access function (or exempts it with a reason)", async () => {
    const modules = import.meta.glob<Record<string, unknown>>("/lib/data/**/*.ts", { eager: true });
    const exported = Object.values(modules).flatMap((module) =>
      Object.entries(module)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name),
    );
    const listed = new Set([...CASES.map((c) => c.name), ...Object.keys(EXEMPT)]);
    // unsafe… helpers are unscoped by name: the next test keeps them inside lib/data.
    expect(
      exported.filter((name) => !listed.has(name) && !UNSAFE_NAME.test(name)).sort(),
      "functions missing from the matrix",
    ).toEqual([]);
    expect(
      [...listed].filter((name) => !exported.includes(name)).sort(),
      "matrix rows for functions that no longer exist",
    ).toEqual([]);
  });

  it("has a row for every declared server action, and every server action is declared through the builder", () => {
    expect(undeclaredActions(), "server actions that bypass defineAction (lib/actions/builder.ts)").toEqual(
      [],
    );
    expect(
      Object.keys(ACTION_CASES).filter((name) => !ACTIONS.has(name)),
      "matrix rows for actions that no longer exist",
    ).toEqual([]);
    // A declared action without a row fails in its own block below as well.
    expect(
      [...ACTIONS.keys()].filter((name) => !(name in ACTION_CASES)),
      "actions missing from the matrix",
    ).toEqual([]);
  });

  it("keeps unscoped unsafe… helpers inside lib/data (pages, actions and components go through scoped ones)", () => {
    const sources = import.meta.glob<string>(
      [
        "/app/**/*.{ts,tsx}",
        "/components/**/*.{ts,tsx}",
        "/lib/**/*.{ts,tsx}",
        "!/lib/data/**",
        "!/lib/generated/**",
      ],
      { eager: true, query: "?raw", import: "default" },
    );
    const leaks = Object.entries(sources)
      .filter(([, source]) => /\bunsafe[A-Z]\w*/.test(source))
      .map(([file]) => file);
    expect(leaks).toEqual([]);
  });

  for (const name of ACTIONS.keys()) {
    const actionCase = ACTION_CASES[name];
    describe(name, () => {
      if (!actionCase) {
        it("has a row in ACTION_CASES", () => expect.fail(`${name} is declared but not in the matrix`));
        return;
      }
      for (const kind of ACTOR_KINDS) {
        for (const relation of RELATIONS) {
          const expected = actionCase.expected(kind, relation) ? "allowed" : "denied";
          it(`${kind} on ${relation}: ${expected}`, async () => {
            signInAs(world.actors[kind]);
            const data = await actionCase.form(world.targets[relation], relation);
            const outcome = await outcomeOf(() => sendForm(name, data), actionCase.deniedWhen);
            expect(outcome).toBe(expected);
          });
        }
      }
    });
  }

  it("has a row for every route of the REST API", () => {
    expect(
      registeredRoutes()
        .map((route) => route.name)
        .filter((name) => !(name in ROUTE_CASES)),
      "API routes missing from the matrix (tests/integration/support/api-cases.ts)",
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_CASES).filter((name) => !registeredRoutes().some((route) => route.name === name)),
    ).toEqual([]);
  });

  for (const route of registeredRoutes()) {
    const routeCase = ROUTE_CASES[route.name];
    if (!routeCase) continue;
    describe(`${route.method} /api/v1${route.path}`, () => {
      for (const kind of ACTOR_KINDS) {
        for (const relation of RELATIONS) {
          const expected = routeCase.expected(kind, relation) ? "allowed" : "denied";
          it(`${kind} on ${relation}: ${expected}`, async () => {
            const target = world.targets[relation];
            const input = await routeCase.input(target, relation);
            const outcome = await outcomeOf(
              () => route.invoke(world.actors[kind], input),
              (value) => routeCase.deniedWhen?.(value, target) ?? false,
            );
            expect(outcome).toBe(expected);
          });
        }
      }
    });
  }

  for (const matrixCase of CASES) {
    describe(matrixCase.name, () => {
      for (const kind of ACTOR_KINDS) {
        for (const relation of RELATIONS) {
          const expected = matrixCase.expected(kind, relation) ? "allowed" : "denied";
          it(`${kind} on ${relation}: ${expected}`, async () => {
            const actor = world.actors[kind];
            signInAs(actor);
            const outcome = await outcomeOf(
              () => matrixCase.run(actor, world.targets[relation], relation),
              matrixCase.deniedWhen,
            );
            expect(outcome).toBe(expected);
          });
        }
      }
    });
  }
});
