import { can, type Permission } from "@/lib/auth/permissions";
import { overviewPathFor } from "@/lib/auth/landing";
import { isProvinceRole } from "@/lib/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";

interface NavUser {
  role: Role;
  countyId: number | null;
  schoolId: number | null;
}

interface NavItem {
  key: string;
  href: (user: NavUser) => string;
  permission: Permission;
  /** For links into the user's own county or school: shown only to users bound to one */
  isFor?: (user: NavUser) => boolean;
}

const isSchoolUser = (user: NavUser) => user.schoolId !== null;
// The indicator and briefing pages are a city's; province users read them on the province and city dashboards.
const isCityUser = (user: NavUser) => !isProvinceRole(user.role);
const isCountyUser = (user: NavUser) => user.countyId !== null && user.schoolId === null;

// Display only: hiding a link protects nothing; pages and actions check the user themselves.
const NAV_ITEMS: NavItem[] = [
  { key: "overview", href: overviewPathFor, permission: "dashboard:view" },
  {
    key: "schoolFacilities",
    href: (user) => `/schools/${user.schoolId}/facilities`,
    permission: "schools:view",
    isFor: isSchoolUser,
  },
  {
    key: "schoolTeachers",
    href: (user) => `/schools/${user.schoolId}/teachers`,
    permission: "teachers:view",
    isFor: isSchoolUser,
  },
  {
    key: "countyTeachers",
    href: (user) => `/counties/${user.countyId}/teachers`,
    permission: "teachers:view",
    isFor: isCountyUser,
  },
  {
    key: "schoolCorrection",
    href: (user) => `/schools/${user.schoolId}/correction`,
    permission: "schools:propose",
    isFor: isSchoolUser,
  },
  { key: "schoolRegister", href: () => "/schools", permission: "schools:manage" },
  { key: "schoolProposals", href: () => "/schools/proposals", permission: "schools:review-proposals" },
  { key: "groups", href: () => "/groups", permission: "groups:view" },
  { key: "groupWorklist", href: () => "/groups/worklist", permission: "groups:manage" },
  { key: "projects", href: () => "/projects", permission: "projects:view" },
  { key: "problems", href: () => "/problems", permission: "problems:view" },
  { key: "supervision", href: () => "/supervision", permission: "supervision:view" },
  { key: "verification", href: () => "/supervision/verification", permission: "verification:manage" },
  { key: "indicators", href: () => "/indicators", permission: "indicators:view", isFor: isCityUser },
  { key: "reports", href: () => "/reports", permission: "briefings:export", isFor: isCityUser },
  { key: "standards", href: () => "/standards", permission: "standards:edit" },
  { key: "settings", href: () => "/admin/settings", permission: "settings:edit" },
  { key: "divisions", href: () => "/admin/divisions", permission: "divisions:manage" },
  { key: "submissions", href: () => "/submissions", permission: "submissions:view" },
  { key: "collections", href: () => "/collections", permission: "periods:manage" },
  { key: "users", href: () => "/admin/users", permission: "users:manage" },
  { key: "audit", href: () => "/admin/audit", permission: "audit:view" },
  { key: "notifications", href: () => "/admin/notifications", permission: "notifications:manage" },
  { key: "apiTokens", href: () => "/admin/api-tokens", permission: "api-tokens:manage" },
];

export function navItemsFor(user: NavUser): { key: string; href: string }[] {
  return NAV_ITEMS.filter((item) => can(user.role, item.permission) && (item.isFor?.(user) ?? true)).map(
    (item) => ({
      key: item.key,
      href: item.href(user),
    }),
  );
}
