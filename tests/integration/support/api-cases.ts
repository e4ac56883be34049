// The REST API's rows of the permission matrix (tests/integration/permission-matrix.test.ts): each route of /api/v1
// called as each actor, for a target in its own scope, another scope of the same city and another city, with who
// gets past the route's permission and scope checks. A route declared without a row here fails the matrix.
import { db } from "@/lib/db";
import { closedReportOf, FACILITY_VALUES, problemOf } from "./action-cases";
export { apiTokenIn } from "./api-tokens";
import {
  allow,
  CITY_ROLES,
  EVERYONE,
  IN_CITY,
  OWN,
  type ActorKind,
  type Relation,
  type Target,
} from "./matrix";

export const TOKEN_MANAGERS = allow({ admin: IN_CITY });
const COUNTY_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN });
const SCHOOL_READERS = allow({ ...CITY_ROLES, officer: OWN, countyLeader: OWN, principal: OWN });
const SUBMISSION_READERS = COUNTY_READERS;
const PROBLEM_READERS = COUNTY_READERS;

/** A list answer with no row: the target is outside the caller's scope (it looks missing). */
export const emptyPage = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  "items" in value &&
  Array.isArray(value.items) &&
  value.items.length === 0;

const periodText = async (countyId: number) => {
  const report = await closedReportOf(countyId);
  const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: report.periodId } });
  return { period: `${period.year}Q${period.quarter}`, version: report.version };
};

export interface RouteCase {
  input: (target: Target, relation: Relation) => Promise<{ query?: unknown; body?: unknown }>;
  expected: (actor: ActorKind, relation: Relation) => boolean;
  deniedWhen?: (value: unknown, target: Target) => boolean;
}

export const ROUTE_CASES: Record<string, RouteCase> = {
  listCounties: {
    input: async () => ({ query: { limit: "500" } }),
    expected: COUNTY_READERS,
    deniedWhen: (value, t) => !(value as { items: { id: number }[] }).items.some((c) => c.id === t.countyId),
  },
  listTowns: {
    input: async (t) => ({ query: { county: String(t.countyId) } }),
    expected: COUNTY_READERS,
    deniedWhen: emptyPage,
  },
  listSchools: {
    input: async (t) => ({ query: { county: String(t.countyId) } }),
    expected: SCHOOL_READERS,
    deniedWhen: emptyPage,
  },
  listIndicators: { input: async () => ({ query: {} }), expected: allow(EVERYONE) },
  listIndicatorValues: {
    input: async (t) => ({ query: { county: String(t.countyId), level: "county" } }),
    expected: COUNTY_READERS,
  },
  listCollections: {
    input: async (t) => ({ query: { county: String(t.countyId) } }),
    expected: SUBMISSION_READERS,
    deniedWhen: emptyPage,
  },
  // The closed quarter's report: past the permission and scope checks the write is refused for its state.
  saveCollectionValues: {
    input: async (t) => ({
      body: { countyId: t.countyId, ...(await periodText(t.countyId)), intent: "draft", values: {} },
    }),
    expected: allow({ officer: OWN }),
  },
  listProblems: {
    input: async (t) => {
      await problemOf(t, "step");
      return { query: { county: String(t.countyId) } };
    },
    expected: PROBLEM_READERS,
    deniedWhen: emptyPage,
  },
  listFacilityRecords: {
    input: async (t) => ({ query: { school: String(t.schoolId) } }),
    expected: SCHOOL_READERS,
    deniedWhen: emptyPage,
  },
  // A version no record has: past the permission and scope checks the save is refused as stale, nothing changes.
  saveFacilityRecord: {
    input: async (t) => ({ body: { ...FACILITY_VALUES, schoolId: t.schoolId, version: 1_000_000 } }),
    expected: allow({ officer: OWN, principal: OWN }),
  },
};
