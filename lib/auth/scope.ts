// Scope: the place in the hierarchy a user sees. Every data-access function narrows its query with one of these
// builders, so that a forged id from another scope finds nothing (and looks exactly like a missing record).
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What role and scope checks read of a user: their role and binding, not who they are. Every user of one role and
 * scope is the same viewer, which is what lets sections shared by them be cached once (docs/decisions/0017).
 */
export interface Viewer {
  role: Role;
  cityId: number;
  countyId: number | null;
  schoolId: number | null;
}

export interface ScopedUser extends Viewer {
  id: number;
}

/** The user as a viewer: a plain, serializable value without the user's identity. */
export function viewerOf(user: Viewer): Viewer {
  return { role: user.role, cityId: user.cityId, countyId: user.countyId, schoolId: user.schoolId };
}

export type Scope =
  | { level: "city"; cityId: number }
  | { level: "county"; cityId: number; countyId: number }
  | { level: "school"; cityId: number; countyId: number; schoolId: number };

/** Matches nothing: used when a role has no rows of an entity in view, or a scope is incomplete. */
const NOTHING = { id: { in: [] as number[] } };

/** The user's scope from role and binding; an incomplete binding falls back to the narrowest and denies. */
export function scopeOf(user: Viewer): Scope | null {
  switch (user.role) {
    case "ADMIN":
    case "CITY_STAFF":
      return { level: "city", cityId: user.cityId };
    case "LEADER":
      return user.countyId === null
        ? { level: "city", cityId: user.cityId }
        : { level: "county", cityId: user.cityId, countyId: user.countyId };
    case "COUNTY_OFFICER":
      return user.countyId === null
        ? null
        : { level: "county", cityId: user.cityId, countyId: user.countyId };
    case "SCHOOL_PRINCIPAL":
      return user.countyId === null || user.schoolId === null
        ? null
        : { level: "school", cityId: user.cityId, countyId: user.countyId, schoolId: user.schoolId };
  }
}

export function schoolScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  if (!scope) return NOTHING;
  if (scope.level === "city") return { cityId: scope.cityId };
  if (scope.level === "county") return { countyId: scope.countyId };
  return { id: scope.schoolId };
}

/** Counties in view: a principal sees its school, not its county's other schools or figures. */
export function countyScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  if (!scope || scope.level === "school") return NOTHING;
  if (scope.level === "city") return { cityId: scope.cityId };
  return { id: scope.countyId };
}

export function teacherScopeWhere(user: Viewer) {
  return { school: schoolScopeWhere(user) };
}

export function submissionScopeWhere(user: Viewer) {
  return { county: countyScopeWhere(user) };
}

/** Accounts and audit records belong to a city; only city-wide roles manage or read them (checked by permission). */
export function cityRowsWhere(user: Viewer) {
  return { cityId: user.cityId };
}

/** For raw SQL: the ids that bound the user's scope (null where the level does not apply). */
export function scopeBounds(
  user: ScopedUser,
): { cityId: number; countyId: number | null; schoolId: number | null } | null {
  const scope = scopeOf(user);
  if (!scope) return null;
  return {
    cityId: scope.cityId,
    countyId: scope.level === "city" ? null : scope.countyId,
    schoolId: scope.level === "school" ? scope.schoolId : null,
  };
}

/**
 * Combines a lookup with a scope as AND. Never spread a scope into a where clause: a scope of `{ id: … }` would
 * silently replace the requested id and hand back the user's own record instead of "not found".
 */
export function inScope<Where extends object, ScopeWhere extends object>(where: Where, scope: ScopeWhere) {
  return { AND: [where, scope] };
}
