import "server-only";
import { cache } from "react";
import type { ScopedUser } from "@/lib/auth/scope";
import { db } from "@/lib/db";

export interface ScopeNames {
  city: { id: number; name: string; nameEn: string };
  county: { id: number; name: string; nameEn: string } | null;
  school: { id: number; name: string } | null;
}

/** Names of the places the user is bound to (their own scope: no further check needed). */
export const getScopeNames = cache(async (user: ScopedUser): Promise<ScopeNames> => {
  const [city, county, school] = await Promise.all([
    db().city.findUniqueOrThrow({
      where: { id: user.cityId },
      select: { id: true, name: true, nameEn: true },
    }),
    user.countyId
      ? db().county.findUnique({
          where: { id: user.countyId },
          select: { id: true, name: true, nameEn: true },
        })
      : null,
    user.schoolId
      ? db().school.findUnique({ where: { id: user.schoolId }, select: { id: true, name: true } })
      : null,
  ]);
  return { city, county, school };
});
