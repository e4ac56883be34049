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
  deleteTargetAction,
  setTargetAction,
  updateCitySettingsAction,
  updateThresholdAction,
} from "@/lib/actions/indicators";
import { isAppError } from "@/lib/errors";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import { getSubmissionSummary } from "@/lib/data/briefings/get-submission-summary";
import { listSchoolCompliance } from "@/lib/data/briefings/list-school-compliance";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { listIndicatorCatalogue } from "@/lib/data/indicators/list-indicator-catalogue";
import { getCitySettings } from "@/lib/data/settings/get-city-settings";
import { updateCitySettings } from "@/lib/data/settings/update-city-settings";
import { listStandardSets } from "@/lib/data/standards/list-standard-sets";
import { updateThreshold } from "@/lib/data/standards/update-threshold";
import { deleteTarget } from "@/lib/data/targets/delete-target";
import { listIndicatorTargets } from "@/lib/data/targets/list-indicator-targets";
import { setTarget } from "@/lib/data/targets/set-target";
import { db } from "@/lib/db";
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
import { addQuarters, quarterOf } from "@/lib/utils/periods";

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

/** A county target to delete, in the target county's city (so that "another city" is really another city's). */
async function targetRowIn(countyId: number): Promise<number> {
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

/** A configurable threshold row: the shared one for the actor's own city, another city's own copy otherwise. */
async function thresholdRowFor(relation: Relation, countyId: number): Promise<number> {
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

const TARGET_EDITORS = allow({ staff: IN_CITY });
const BRIEFING_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN });
const LAST_QUARTER = addQuarters(quarterOf(new Date()), -1);
const thresholdEdit = { value: 12, effectiveFrom: "2026-01-01", minClasses: null, maxClasses: null };

const CASES: MatrixCase[] = [
  // Indicators, targets, standards, settings
  {
    name: "getIndicatorOverview",
    run: (u, t) => getIndicatorOverview(u, t.countyId),
    expected: allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN }),
  },
  { name: "listIndicatorCatalogue", run: (u) => listIndicatorCatalogue(u), expected: allow(EVERYONE) },
  {
    name: "listIndicatorTargets",
    run: (u) => listIndicatorTargets(u, "rural_schools_in_groups_share"),
    expected: allow(EVERYONE),
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
  { name: "getCitySettings", run: (u) => getCitySettings(u), expected: allow({ admin: ANY }) },
  {
    name: "updateCitySettings",
    run: (u) => updateCitySettings(u, { principal_term_years: 3, outlier_factor: 3 }),
    expected: allow({ admin: ANY }),
  },
  {
    name: "setTargetAction",
    run: (_u, t) =>
      setTargetAction(
        IDLE,
        form({
          indicatorKey: "rural_schools_in_groups_share",
          countyId: t.countyId,
          value: 100,
          deadlineYear: 2026,
        }),
      ),
    expected: TARGET_EDITORS,
  },
  {
    name: "deleteTargetAction",
    run: async (_u, t) => deleteTargetAction(IDLE, form({ id: await targetRowIn(t.countyId) })),
    expected: TARGET_EDITORS,
  },
  {
    name: "updateThresholdAction",
    run: async (_u, t, relation) =>
      updateThresholdAction(
        IDLE,
        form({ id: await thresholdRowFor(relation, t.countyId), value: 12, effectiveFrom: "2026-01-01" }),
      ),
    expected: allow({ admin: IN_CITY, staff: IN_CITY }),
  },
  {
    name: "updateCitySettingsAction",
    run: () => updateCitySettingsAction(IDLE, form({ principal_term_years: 3, outlier_factor: 3 })),
    expected: allow({ admin: ANY }),
  },

  // Briefings and table exports
  {
    name: "getBriefingData",
    run: (u, t) => getBriefingData(u, { countyId: t.countyId, quarter: LAST_QUARTER }),
    expected: BRIEFING_READERS,
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
