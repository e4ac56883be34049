import type { Role } from "@/lib/generated/prisma/enums";
import { isProvinceRole } from "./scope";

interface PlacedUser {
  role: Role;
  countyId: number | null;
  schoolId: number | null;
}

/** The dashboard of the user's own scope: the province, the city, their county, or their school. */
export function overviewPathFor(user: PlacedUser): string {
  if (isProvinceRole(user.role)) return "/province";
  if (user.schoolId !== null) return `/schools/${user.schoolId}`;
  if (user.countyId !== null) return `/counties/${user.countyId}`;
  return "/city";
}

/** Where each role starts after signing in: administrators at user management, everyone else at their overview. */
export function landingPathFor(user: PlacedUser): string {
  return user.role === "ADMIN" ? "/admin/users" : overviewPathFor(user);
}
