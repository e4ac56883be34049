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
  const [names] = await db().$queryRaw<ScopeNames[]>`
    SELECT json_build_object('id', c.id, 'name', c.name, 'nameEn', c.name_en) AS city,
           CASE WHEN co.id IS NULL THEN NULL
                ELSE json_build_object('id', co.id, 'name', co.name, 'nameEn', co.name_en) END AS county,
           CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'name', s.name) END AS school
    FROM cities c
    LEFT JOIN counties co ON co.id = ${user.countyId}
    LEFT JOIN schools s ON s.id = ${user.schoolId}
    WHERE c.id = ${user.cityId}`;
  if (!names) throw new Error(`The city ${user.cityId} of user ${user.id} does not exist.`);
  return names;
});
