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
  // One statement for the header of every page: the user's own city, county and school.
  const names = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      city: { select: { id: true, name: true, nameEn: true } },
      county: { select: { id: true, name: true, nameEn: true } },
      school: { select: { id: true, name: true } },
    },
  });
  return names;
});
