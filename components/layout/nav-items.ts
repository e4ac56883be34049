import { can, type Permission } from "@/lib/auth/permissions";
import { overviewPathFor } from "@/lib/auth/landing";
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
}

// Display only: hiding a link protects nothing; pages and actions check the user themselves.
const NAV_ITEMS: NavItem[] = [
  { key: "overview", href: overviewPathFor, permission: "dashboard:view" },
  { key: "indicators", href: () => "/indicators", permission: "indicators:view" },
  { key: "reports", href: () => "/reports", permission: "briefings:export" },
  { key: "standards", href: () => "/standards", permission: "standards:edit" },
  { key: "settings", href: () => "/admin/settings", permission: "settings:edit" },
  { key: "users", href: () => "/admin/users", permission: "users:manage" },
  { key: "audit", href: () => "/admin/audit", permission: "audit:view" },
];

export function navItemsFor(user: NavUser): { key: string; href: string }[] {
  return NAV_ITEMS.filter((item) => can(user.role, item.permission)).map((item) => ({
    key: item.key,
    href: item.href(user),
  }));
}
