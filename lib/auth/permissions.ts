// Roles and what they may do, in one table. Pure: unit-tested as a matrix. The UI uses `can()` only to hide
// buttons; the data layer calls `assertCan()` and applies the scope builders (./scope.ts) on every call.
import type { Role } from "@/lib/generated/prisma/enums";
import { forbiddenError } from "@/lib/errors";
import { isProvinceRole } from "./scope";

export const ROLES = [
  "ADMIN",
  "CITY_STAFF",
  "COUNTY_OFFICER",
  "SCHOOL_PRINCIPAL",
  "LEADER",
  "PROVINCE_STAFF",
  "PROVINCE_LEADER",
] as const satisfies readonly Role[];

export const PERMISSIONS = [
  "dashboard:view",
  "indicators:view",
  "schools:view",
  "teachers:view",
  "submissions:view",
  "submissions:edit",
  "submissions:review",
  "periods:manage",
  "school-returns:view",
  "school-returns:edit",
  "school-returns:review",
  "targets:edit",
  "province-targets:edit",
  "standards:edit",
  "facilities:edit",
  "teachers:edit",
  "teachers:rotate",
  "briefings:export",
  "users:manage",
  "audit:view",
  "settings:edit",
  "notifications:manage",
  "divisions:manage",
  "schools:manage",
  "schools:propose",
  "schools:review-proposals",
  "groups:view",
  "groups:manage",
  "projects:view",
  "projects:edit",
  "problems:view",
  "problems:create",
  "problems:work",
  "problems:accept",
  "problems:generate",
  "supervision:view",
  "supervision:record",
  "verification:manage",
  "api-tokens:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // System administrator of a city deployment: users, standards, settings and the city's divisions; reads the whole city.
  ADMIN: [
    "dashboard:view",
    "indicators:view",
    "schools:view",
    "teachers:view",
    "submissions:view",
    "standards:edit",
    "users:manage",
    "audit:view",
    "settings:edit",
    "notifications:manage",
    "divisions:manage",
    "briefings:export",
    "groups:view",
    "problems:view",
    "supervision:view",
    "api-tokens:manage",
  ],
  // 市教育局: reads every county (their projects too), approves submissions, sets targets and standards, keeps the
  // city's divisions (counties, towns, functional zones and their towns), school register and education groups.
  CITY_STAFF: [
    "dashboard:view",
    "indicators:view",
    "schools:view",
    "teachers:view",
    "submissions:view",
    "submissions:review",
    "periods:manage",
    "school-returns:view",
    "targets:edit",
    "standards:edit",
    "users:manage",
    "audit:view",
    "notifications:manage",
    "briefings:export",
    "divisions:manage",
    "schools:manage",
    "schools:review-proposals",
    "groups:view",
    "groups:manage",
    "projects:view",
    "problems:view",
    "problems:create",
    "problems:accept",
    "problems:generate",
    "supervision:view",
    "supervision:record",
    "verification:manage",
  ],
  // 县教体局: its county; submits quarterly figures, keeps its schools' register, education groups and projects, and may correct
  // any school's data.
  COUNTY_OFFICER: [
    "dashboard:view",
    "indicators:view",
    "schools:view",
    "teachers:view",
    "submissions:view",
    "submissions:edit",
    // Reviews its schools' returns where a collection's schools report (decision 0046).
    "school-returns:view",
    "school-returns:review",
    "facilities:edit",
    "teachers:edit",
    "teachers:rotate",
    "briefings:export",
    "schools:manage",
    "schools:review-proposals",
    "groups:view",
    "groups:manage",
    "projects:view",
    "projects:edit",
    "problems:view",
    "problems:create",
    "problems:work",
    "problems:accept",
    "supervision:view",
    "supervision:record",
  ],
  // 校长: its own school's facility data and teacher roster.
  SCHOOL_PRINCIPAL: [
    "dashboard:view",
    "indicators:view",
    "schools:view",
    "teachers:view",
    "facilities:edit",
    "teachers:edit",
    "groups:view",
    // Proposes corrections of its school's register entry; the county decides (更正申请).
    "schools:propose",
    // Fills in its school's return where a collection's schools report; the county reviews it (decision 0046).
    "school-returns:view",
    "school-returns:edit",
  ],
  // 领导: reads the dashboards of its city or county and exports briefings; writes nothing.
  LEADER: [
    "dashboard:view",
    "indicators:view",
    "schools:view",
    "teachers:view",
    "submissions:view",
    "school-returns:view",
    "briefings:export",
    "groups:view",
    "problems:view",
    "supervision:view",
  ],
  // 省教育厅: reads the dashboards of every city of its province and exports their briefings. Every write of a
  // city's or county's data stays with the city and county roles (docs/decisions/0038), but for the province's own
  // targets and their split into the cities' targets (docs/decisions/0041).
  PROVINCE_STAFF: ["dashboard:view", "indicators:view", "briefings:export", "province-targets:edit"],
  // 省领导: the same reads as province staff; writes nothing.
  PROVINCE_LEADER: ["dashboard:view", "indicators:view", "briefings:export"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function assertCan(user: { role: Role }, permission: Permission): void {
  if (!can(user.role, permission)) throw forbiddenError();
}

/** The roles of a city's accounts: every role but the province ones, whose accounts belong to no city. */
export const CITY_ROLES = ROLES.filter((role) => !isProvinceRole(role));

/**
 * Roles a user manager may give. Admins may give any role in their city; city staff any role but admin, so that
 * nobody can create an account more powerful than their own. Neither may give a province role: a city's managers
 * make no account that reads other cities (docs/decisions/0038).
 */
export function assignableRoles(managerRole: Role): readonly Role[] {
  if (managerRole === "ADMIN") return CITY_ROLES;
  if (managerRole === "CITY_STAFF") return CITY_ROLES.filter((role) => role !== "ADMIN");
  return [];
}

/** Whether `manager` may edit an account that has `targetRole` (city staff cannot touch admins). */
export function canManageRole(managerRole: Role, targetRole: Role): boolean {
  return assignableRoles(managerRole).includes(targetRole);
}
