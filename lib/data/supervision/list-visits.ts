import "server-only";
import { assertCan, can } from "@/lib/auth/permissions";
import { inScope, problemScopeWhere, schoolScopeWhere, supervisionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { SupervisionListQuery } from "@/lib/schemas/supervision";

export const SUPERVISION_PAGE_SIZE = 30;

const VISIT_ROW = {
  id: true,
  kind: true,
  visitedOn: true,
  county: { select: { name: true, nameEn: true } },
  school: { select: { name: true } },
  inspectors: { orderBy: { id: "asc" }, select: { name: true } },
  _count: { select: { findings: true } },
} as const;

/** The visits of the user's scope, newest first, filtered by kind and county and paged by the database. */
export async function listSupervisionVisits(actor: SessionUser, query: SupervisionListQuery) {
  assertCan(actor, "supervision:view");
  const where = inScope(
    { ...(query.kind && { kind: query.kind }), ...(query.county && { countyId: query.county }) },
    supervisionScopeWhere(actor),
  );
  const [rows, total] = await Promise.all([
    db().supervisionVisit.findMany({
      where,
      orderBy: [{ visitedOn: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * SUPERVISION_PAGE_SIZE,
      take: SUPERVISION_PAGE_SIZE,
      select: VISIT_ROW,
    }),
    db().supervisionVisit.count({ where }),
  ]);
  return { rows, total };
}

/**
 * 督导与整改 on a school's page: its visits and its problems, for a reader who may see both (a county and city
 * user); null for anyone else (a principal reads neither) and for a school outside the user's scope, so the page
 * leaves the card out.
 */
export async function getSchoolSupervision(actor: SessionUser, schoolId: number) {
  if (!can(actor.role, "supervision:view") || !can(actor.role, "problems:view")) return null;
  const school = await db().school.findFirst({
    where: inScope({ id: schoolId }, schoolScopeWhere(actor)),
    select: { id: true },
  });
  if (!school) return null;
  const [visits, problems] = await Promise.all([
    db().supervisionVisit.findMany({
      where: inScope({ schoolId }, supervisionScopeWhere(actor)),
      orderBy: [{ visitedOn: "desc" }, { id: "desc" }],
      take: 20,
      select: VISIT_ROW,
    }),
    db().problem.findMany({
      where: inScope({ schoolId }, problemScopeWhere(actor)),
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: 20,
      select: { id: true, description: true, source: true, state: true, deadline: true },
    }),
  ]);
  return { visits, problems };
}

/** Accounts that may be named as a visit's inspectors: the city's staff and the county officers in the user's scope. */
export async function listInspectorCandidates(actor: SessionUser) {
  assertCan(actor, "supervision:record");
  return db().user.findMany({
    where: {
      cityId: actor.cityId,
      isActive: true,
      OR: [
        { role: "CITY_STAFF" },
        { role: "COUNTY_OFFICER", ...(actor.countyId !== null && { countyId: actor.countyId }) },
      ],
    },
    orderBy: [{ role: "asc" }, { displayName: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, displayName: true },
  });
}
