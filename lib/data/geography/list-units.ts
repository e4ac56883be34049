import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { SchoolLevel } from "@/lib/generated/prisma/enums";

interface Page {
  afterId?: number;
  take: number;
}
const after = (page: Page) => (page.afterId === undefined ? {} : { id: { gt: page.afterId } });

/** The counties in the user's scope with their official codes, in id order (a principal sees none). */
export async function listCounties(user: SessionUser, page: Page) {
  assertCan(user, "schools:view");
  return db().county.findMany({
    where: inScope(after(page), countyScopeWhere(user)),
    orderBy: { id: "asc" },
    take: page.take,
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      kind: true,
      city: { select: { id: true, code: true, name: true } },
    },
  });
}

/** The towns of the counties in the user's scope, optionally of one county, in id order. */
export async function listTowns(user: SessionUser, filter: { countyId?: number }, page: Page) {
  assertCan(user, "schools:view");
  return db().town.findMany({
    where: inScope(
      { ...after(page), ...(filter.countyId ? { countyId: filter.countyId } : {}) },
      { county: countyScopeWhere(user) },
    ),
    orderBy: { id: "asc" },
    take: page.take,
    select: { id: true, code: true, name: true, kind: true, countyId: true },
  });
}

/** The schools in the user's scope (a principal: its own), filtered by county, town and level, in id order. */
export async function listSchoolUnits(
  user: SessionUser,
  filter: { countyId?: number; townId?: number; level?: SchoolLevel; includeClosed?: boolean },
  page: Page,
) {
  assertCan(user, "schools:view");
  return db().school.findMany({
    where: inScope(
      {
        ...after(page),
        ...(filter.countyId ? { countyId: filter.countyId } : {}),
        ...(filter.townId ? { townId: filter.townId } : {}),
        ...(filter.level ? { level: filter.level } : {}),
        ...(filter.includeClosed ? {} : { isActive: true }),
      },
      schoolScopeWhere(user),
    ),
    orderBy: { id: "asc" },
    take: page.take,
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      ownership: true,
      urbanRuralCode: true,
      locationClass: true,
      isActive: true,
      closedOn: true,
      countyId: true,
      townId: true,
    },
  });
}
