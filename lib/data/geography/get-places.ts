import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import {
  countyScopeWhere,
  inScope,
  ownCityId,
  schoolScopeWhere,
  scopeOf,
  type Viewer,
} from "@/lib/auth/scope";
import { cache } from "react";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The user's city with its counties, for city-wide roles; null for anyone else. */
export async function getCityWithCounties(user: SessionUser) {
  assertCan(user, "dashboard:view");
  if (scopeOf(user)?.level !== "city") return null;
  return db().city.findUnique({
    where: { id: ownCityId(user) },
    select: {
      id: true,
      name: true,
      nameEn: true,
      counties: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, nameEn: true, kind: true } },
    },
  });
}

/**
 * A county in the user's scope with its towns and schools, or null (missing or out of scope look the same). Cached
 * per request: the county dashboard's page and sections all read it.
 */
export const getCountyWithSchools = cache(async (user: Viewer, countyId: number) => {
  assertCan(user, "dashboard:view");
  return db().county.findFirst({
    where: inScope({ id: countyId }, countyScopeWhere(user)),
    select: {
      id: true,
      name: true,
      nameEn: true,
      kind: true,
      city: { select: { id: true, name: true, nameEn: true } },
      towns: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          name: true,
          kind: true,
          schools: {
            orderBy: { id: "asc" },
            select: { id: true, name: true, level: true, locationClass: true },
          },
        },
      },
    },
  });
});

/**
 * A county in the user's scope with its city's name, or null (missing or out of scope look the same): the county
 * dashboard's own check. Two statements where getCountyWithSchools takes four; the sections that need the schools
 * read them on a miss only, as their render is shared (decision 0049).
 */
export const getCountyInScope = cache(async (user: Viewer, countyId: number) => {
  assertCan(user, "dashboard:view");
  return db().county.findFirst({
    where: inScope({ id: countyId }, countyScopeWhere(user)),
    select: { id: true, name: true, nameEn: true, city: { select: { id: true, name: true, nameEn: true } } },
  });
});

/** A school in the user's scope with its place in the hierarchy, or null. */
export async function getSchoolWithPlace(user: SessionUser, schoolId: number) {
  assertCan(user, "dashboard:view");
  return db().school.findFirst({
    where: inScope({ id: schoolId }, schoolScopeWhere(user)),
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      ownership: true,
      locationClass: true,
      isTownSeat: true,
      town: { select: { id: true, name: true } },
      county: { select: { id: true, name: true, nameEn: true } },
      city: { select: { id: true, name: true, nameEn: true } },
    },
  });
}
