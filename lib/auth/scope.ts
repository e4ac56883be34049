// Scope: the place in the hierarchy a user sees. Every data-access function narrows its query with one of these
// builders, so that a forged id from another scope finds nothing (and looks exactly like a missing record).
import type { Role } from "@/lib/generated/prisma/enums";
import { forbiddenError } from "@/lib/errors";

/**
 * What role and scope checks read of a user: their role and binding, not who they are. Every user of one role and
 * scope is the same viewer, which is what lets sections shared by them be cached once (docs/decisions/0017).
 * Province users have a province and no city (docs/decisions/0038); every other account has a city and no province.
 */
export interface Viewer {
  role: Role;
  provinceId: number | null;
  cityId: number | null;
  countyId: number | null;
  schoolId: number | null;
}

export interface ScopedUser extends Viewer {
  id: number;
}

/** The user as a viewer: a plain, serializable value without the user's identity. */
export function viewerOf(user: Viewer): Viewer {
  return {
    role: user.role,
    provinceId: user.provinceId,
    cityId: user.cityId,
    countyId: user.countyId,
    schoolId: user.schoolId,
  };
}

export type Scope =
  | { level: "province"; provinceId: number }
  | { level: "city"; cityId: number }
  | { level: "county"; cityId: number; countyId: number }
  | { level: "school"; cityId: number; countyId: number; schoolId: number };

/** Matches nothing: used when a role has no rows of an entity in view, or a scope is incomplete. */
const NOTHING = { id: { in: [] as number[] } };

export type ScopeLevel = Scope["level"];

/**
 * The levels an account of each role may be bound to, widest first: city roles to their city, county officers to a
 * county, principals to a school (their county follows from it), and leaders to the city or to one county. Province
 * roles are bound to their province; the "city" level of theirs is never stored: it is the read-only view of one
 * city of the province that `getCityView` (lib/data/geography) makes after checking the city is the province's.
 * The scope builders, the account writes and the account form all read this table.
 */
export const ROLE_SCOPE_LEVELS = {
  PROVINCE_STAFF: ["province", "city"],
  PROVINCE_LEADER: ["province", "city"],
  ADMIN: ["city"],
  CITY_STAFF: ["city"],
  LEADER: ["city", "county"],
  COUNTY_OFFICER: ["county"],
  SCHOOL_PRINCIPAL: ["school"],
} as const satisfies Record<Role, readonly ScopeLevel[]>;

/** Roles whose accounts belong to a province, not a city. */
export const PROVINCE_ROLES = ["PROVINCE_STAFF", "PROVINCE_LEADER"] as const satisfies readonly Role[];

export function isProvinceRole(role: Role): boolean {
  return (PROVINCE_ROLES as readonly Role[]).includes(role);
}

/** Whether accounts of `role` may be bound to `level`. */
export function bindsTo(role: Role, level: ScopeLevel): boolean {
  return (ROLE_SCOPE_LEVELS[role] as readonly ScopeLevel[]).includes(level);
}

/**
 * The user's scope: the narrowest level the role allows that the binding fills; a binding that fills none of the
 * role's levels (a county officer without a county) denies.
 */
export function scopeOf(user: Viewer): Scope | null {
  const { provinceId, cityId, countyId, schoolId } = user;
  if (cityId !== null) {
    if (bindsTo(user.role, "school") && countyId !== null && schoolId !== null) {
      return { level: "school", cityId, countyId, schoolId };
    }
    if (bindsTo(user.role, "county") && countyId !== null) return { level: "county", cityId, countyId };
    if (bindsTo(user.role, "city")) return { level: "city", cityId };
  }
  if (bindsTo(user.role, "province") && provinceId !== null) return { level: "province", provinceId };
  return null;
}

/**
 * The city of a city, county or school account (or of a province user's read-only view of one city), for what only
 * belongs to one city: its settings, standards, periods, targets and divisions, and every write. Security: a user
 * without a city (a province account) is refused here rather than matching the rows whose city is null.
 */
export function ownCityId(user: { cityId: number | null }): number {
  if (user.cityId === null) throw forbiddenError();
  return user.cityId;
}

/** Cities in view: a province's, or the user's own. */
export function cityScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  if (!scope) return NOTHING;
  if (scope.level === "province") return { provinceId: scope.provinceId };
  return { id: scope.cityId };
}

export function schoolScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  // Security: the province level reads its cities (cityScopeWhere) and, through a city view, one city at a time;
  // none of a city's own rows (counties, schools, problems …) in bulk across cities.
  if (!scope || scope.level === "province") return NOTHING;
  if (scope.level === "city") return { cityId: scope.cityId };
  if (scope.level === "county") return { countyId: scope.countyId };
  return { id: scope.schoolId };
}

/** Counties in view: a principal sees its school, not its county's other schools or figures; a province none. */
export function countyScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  if (!scope || scope.level === "school" || scope.level === "province") return NOTHING;
  if (scope.level === "city") return { cityId: scope.cityId };
  return { id: scope.countyId };
}

/** Projects belong to a county: a county officer's county's, the city's for city users; a principal sees none. */
export function projectScopeWhere(user: Viewer) {
  return { county: countyScopeWhere(user) };
}

export function teacherScopeWhere(user: Viewer) {
  return { school: schoolScopeWhere(user) };
}

/**
 * Education groups in view: a county's belong to it (city and county users); a principal sees the groups its school
 * is or was a member of, not the county's others.
 */
export function groupScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  if (!scope || scope.level === "province") return NOTHING;
  if (scope.level === "school") return { members: { some: { schoolId: scope.schoolId } } };
  return { county: countyScopeWhere(user) };
}

export function submissionScopeWhere(user: Viewer) {
  return { county: countyScopeWhere(user) };
}

/**
 * Schools' returns (decision 0046) in view: a principal its own school's, a county officer its county's schools',
 * city roles the city's; through the school, so a forged return id of another school or county finds nothing.
 */
export function schoolReturnScopeWhere(user: Viewer) {
  return { school: schoolScopeWhere(user) };
}

/**
 * Problems of the 整改台账 in view: city roles see every county's and school's, a county its own and its schools'.
 * A principal sees none (the county works its schools' problems).
 */
export function problemScopeWhere(user: Viewer) {
  const scope = scopeOf(user);
  if (!scope || scope.level === "school" || scope.level === "province") return NOTHING;
  if (scope.level === "city") return { cityId: scope.cityId };
  return { countyId: scope.countyId };
}

/** Supervision visits (督导) in view: as problems, city roles the whole city, a county its own and its schools'. */
export function supervisionScopeWhere(user: Viewer) {
  return problemScopeWhere(user);
}

/**
 * Accounts and audit records belong to a city; only city-wide roles manage or read them (checked by permission).
 * Security: a user without a city (a province user) matches none, never the rows whose city is null.
 */
export function cityRowsWhere(user: Viewer) {
  return user.cityId === null ? NOTHING : { cityId: user.cityId };
}

/** For raw SQL: the ids that bound the user's scope (null where the level does not apply). */
export function scopeBounds(
  user: ScopedUser,
): { cityId: number; countyId: number | null; schoolId: number | null } | null {
  const scope = scopeOf(user);
  // A province is no bound of these queries: they are a city's or narrower.
  if (!scope || scope.level === "province") return null;
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
