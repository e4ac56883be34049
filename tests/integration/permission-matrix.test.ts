// Every server action and every data-access function × every role × (own scope, another scope in the same city,
// another city): allowed or denied as the table below says. The first test fails when a function is added to
// lib/data or lib/actions without a row here (or an exemption with its reason).
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { setLocaleAction } from "@/lib/actions/locale";
import {
  createUserAction,
  resetUserPasswordAction,
  setUserActiveAction,
  unlockUserAction,
  updateUserAction,
} from "@/lib/actions/users";
import {
  approveSubmissionAction,
  closePeriodAction,
  openPeriodAction,
  reopenSubmissionAction,
  returnSubmissionAction,
  saveSubmissionAction,
  setPeriodDeadlineAction,
  uploadSubmissionWorkbookAction,
} from "@/lib/actions/submissions";
import { isAppError } from "@/lib/errors";
import { listAuditFacets, listAuditLogs } from "@/lib/data/audit/list-audit-logs";
import {
  getCityWithCounties,
  getCountyWithSchools,
  getSchoolWithPlace,
} from "@/lib/data/geography/get-places";
import { listCityPlaces } from "@/lib/data/geography/list-city-places";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { createUser } from "@/lib/data/users/create-user";
import { getManagedUser } from "@/lib/data/users/get-managed-user";
import { listUsers } from "@/lib/data/users/list-users";
import { resetUserPassword } from "@/lib/data/users/reset-user-password";
import { setUserActive, unlockUser } from "@/lib/data/users/set-user-active";
import { updateUser } from "@/lib/data/users/update-user";
import { getPeriodBoard, getCompletenessTrend } from "@/lib/data/submissions/get-period-board";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { getSubmissionRules } from "@/lib/data/submissions/get-submission-rules";
import { listPeriods } from "@/lib/data/submissions/list-periods";
import { closePeriod, setPeriodDeadline } from "@/lib/data/submissions/manage-period";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { reopenSubmission } from "@/lib/data/submissions/reopen-submission";
import { approveSubmission, returnSubmission } from "@/lib/data/submissions/review-submission";
import { saveSubmission } from "@/lib/data/submissions/save-submission";
import { db } from "@/lib/db";
import { quarterOf } from "@/lib/utils/periods";
import type { SessionUser } from "@/lib/data/auth/session-user";
import {
  ACTOR_KINDS,
  allow,
  ANY,
  CITY_ROLES,
  EVERYONE,
  IN_CITY,
  loadMatrixWorld,
  OWN,
  outcomeOf,
  RELATIONS,
  type ActorKind,
  type MatrixWorld,
  type Relation,
  type Target,
} from "./support/matrix";
import { signInAs } from "./support/session";

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
  loadSessionUser: "resolves the caller's own session; covered by authentication.test.ts",
  endSession: "ends the caller's own session",
  endSessionById: "ends the session named by the caller's own token",
  recordAudit: "helper inside another write's transaction",
  getScopeNames: "reads the names of the caller's own bound places only",
  loadManagedUser: "helper of the user actions (checks permission and scope itself)",
  resolveRoleScope: "helper of the user actions (checks the chosen county or school against the city)",
  loadScopedSubmission: "helper of the submission functions (checks permission and scope itself)",
  claimVersion: "helper inside another write's transaction (optimistic lock on an already scoped submission)",
};

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const USER_MANAGERS = allow({ admin: IN_CITY, staff: IN_CITY });
const USER_MANAGERS_ANY_TARGET = allow({ admin: ANY, staff: ANY });
const invalidScopeChoice = (value: unknown) =>
  (isAppError(value) && value.code === "VALIDATION") ||
  (typeof value === "object" && value !== null && "code" in value && value.code === "VALIDATION");
let uniqueSuffix = 0;
const newLogin = () => `matrix.user${++uniqueSuffix}`;

/**
 * The target county's report of the last closed quarter, and that quarter. Writes on it fail on its state (locked,
 * not submitted, period closed) once past the permission gate, which counts as allowed, so the matrix changes little.
 */
async function closedReportOf(countyId: number) {
  return db().submission.findFirstOrThrow({
    where: { countyId, period: { state: "CLOSED" } },
    orderBy: [{ period: { year: "desc" } }, { period: { quarter: "desc" } }],
    select: { id: true, version: true, periodId: true },
  });
}
const SUBMISSION_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN });
const SUBMISSION_WRITERS = allow({ officer: OWN });
const REVIEWERS = allow({ staff: IN_CITY });
const PERIOD_READERS = allow({ ...CITY_ROLES, officer: IN_CITY, countyLeader: IN_CITY });
const ALL_BUT_PRINCIPAL = allow({ admin: ANY, staff: ANY, cityLeader: ANY, officer: ANY, countyLeader: ANY });

const CASES: MatrixCase[] = [
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
    name: "changeOwnPassword",
    run: (u) =>
      changeOwnPassword(u, { currentPassword: "not-the-password", newPassword: "Another-pass-2026" }),
    expected: allow(EVERYONE),
    // A wrong current password is a payload error: the call got past any permission gate.
    deniedWhen: () => false,
  },
  { name: "listCityPlaces", run: (u) => listCityPlaces(u), expected: USER_MANAGERS_ANY_TARGET },
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
    name: "getSchoolWithPlace",
    run: (u, t) => getSchoolWithPlace(u, t.schoolId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN, principal: OWN }),
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
  { name: "getCompletenessTrend", run: (u) => getCompletenessTrend(u), expected: ALL_BUT_PRINCIPAL },
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
  // Server actions
  {
    name: "createUserAction",
    run: (_u, t) =>
      createUserAction(
        IDLE,
        form({ loginName: newLogin(), displayName: "矩阵", role: "COUNTY_OFFICER", countyId: t.countyId }),
      ),
    expected: USER_MANAGERS,
    deniedWhen: invalidScopeChoice,
  },
  {
    name: "updateUserAction",
    run: (_u, t) => updateUserAction(IDLE, form({ id: t.userId, displayName: "矩阵", role: "LEADER" })),
    expected: USER_MANAGERS,
  },
  {
    name: "resetUserPasswordAction",
    run: (_u, t) => resetUserPasswordAction(IDLE, form({ id: t.userId })),
    expected: USER_MANAGERS,
  },
  {
    name: "setUserActiveAction",
    run: (_u, t) => setUserActiveAction(IDLE, form({ id: t.userId, active: "true" })),
    expected: USER_MANAGERS,
  },
  {
    name: "unlockUserAction",
    run: (_u, t) => unlockUserAction(IDLE, form({ id: t.userId })),
    expected: USER_MANAGERS,
  },
  {
    name: "changeOwnPasswordAction",
    run: () =>
      changeOwnPasswordAction(
        IDLE,
        form({
          currentPassword: "not-the-password",
          newPassword: "Another-pass-2026",
          confirmPassword: "Another-pass-2026",
        }),
      ),
    expected: allow(EVERYONE),
  },
  { name: "setLocaleAction", run: () => setLocaleAction("en"), expected: allow(EVERYONE) },
  {
    name: "saveSubmissionAction",
    run: async (_u, t) => {
      const report = await closedReportOf(t.countyId);
      return saveSubmissionAction(
        IDLE,
        form({ submissionId: report.id, version: report.version, intent: "draft" }),
      );
    },
    expected: SUBMISSION_WRITERS,
  },
  {
    name: "uploadSubmissionWorkbookAction",
    run: async (_u, t) => {
      const data = form({ submissionId: (await closedReportOf(t.countyId)).id });
      data.set("file", new Blob(["not a workbook"]), "report.xlsx");
      return uploadSubmissionWorkbookAction(IDLE, data);
    },
    expected: SUBMISSION_WRITERS,
  },
  {
    name: "approveSubmissionAction",
    run: async (_u, t) =>
      approveSubmissionAction(
        IDLE,
        form({ submissionId: (await closedReportOf(t.countyId)).id, version: 0 }),
      ),
    expected: REVIEWERS,
  },
  {
    name: "returnSubmissionAction",
    run: async (_u, t) =>
      returnSubmissionAction(
        IDLE,
        form({ submissionId: (await closedReportOf(t.countyId)).id, version: 0, reason: "矩阵" }),
      ),
    expected: REVIEWERS,
  },
  {
    name: "reopenSubmissionAction",
    run: async (_u, t) =>
      reopenSubmissionAction(
        IDLE,
        form({ submissionId: (await closedReportOf(t.countyId)).id, version: 0, reason: "矩阵" }),
      ),
    expected: REVIEWERS,
  },
  {
    name: "openPeriodAction",
    run: () => openPeriodAction(IDLE, form({ ...quarterOf(new Date()), deadline: "2026-12-25" })),
    expected: allow({ staff: ANY }),
  },
  {
    name: "setPeriodDeadlineAction",
    run: async (_u, t) =>
      setPeriodDeadlineAction(
        IDLE,
        form({ periodId: (await closedReportOf(t.countyId)).periodId, deadline: "2026-01-01" }),
      ),
    expected: REVIEWERS,
  },
  {
    name: "closePeriodAction",
    run: async (_u, t) =>
      closePeriodAction(IDLE, form({ periodId: (await closedReportOf(t.countyId)).periodId })),
    expected: REVIEWERS,
  },
];

describe("permission matrix", () => {
  let world: MatrixWorld;
  beforeAll(async () => {
    world = await loadMatrixWorld();
  });

  it("lists every data-access function and server action (or exempts it with a reason)", async () => {
    const modules = {
      ...import.meta.glob<Record<string, unknown>>("/lib/data/**/*.ts", { eager: true }),
      ...import.meta.glob<Record<string, unknown>>(["/lib/actions/*.ts", "!/lib/actions/action-state.ts"], {
        eager: true,
      }),
    };
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
