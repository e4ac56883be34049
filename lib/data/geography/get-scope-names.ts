import "server-only";
import { cache } from "react";
import type { ScopedUser } from "@/lib/auth/scope";
import { db } from "@/lib/db";

export interface ScopeNames {
  /** A province user's province (they have no city); null for everyone else */
  province: { id: number; name: string; nameEn: string } | null;
  /** The user's city; null for a province user */
  city: { id: number; name: string; nameEn: string } | null;
  county: { id: number; name: string; nameEn: string } | null;
  school: { id: number; name: string } | null;
}

/** Names of the places the user is bound to (their own scope: no further check needed). */
export const getScopeNames = cache(async (user: ScopedUser): Promise<ScopeNames> => {
  // One statement for the header of every page: the user's own province or city, county and school.
  const [names] = await db().$queryRaw<ScopeNames[]>`
    SELECT CASE WHEN p.id IS NULL THEN NULL
                ELSE json_build_object('id', p.id, 'name', p.name, 'nameEn', p.name_en) END AS province,
           CASE WHEN c.id IS NULL THEN NULL
                ELSE json_build_object('id', c.id, 'name', c.name, 'nameEn', c.name_en) END AS city,
           CASE WHEN co.id IS NULL THEN NULL
                ELSE json_build_object('id', co.id, 'name', co.name, 'nameEn', co.name_en) END AS county,
           CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'name', s.name) END AS school
    FROM (SELECT 1) one
    LEFT JOIN provinces p ON p.id = ${user.provinceId}
    LEFT JOIN cities c ON c.id = ${user.cityId}
    LEFT JOIN counties co ON co.id = ${user.countyId}
    LEFT JOIN schools s ON s.id = ${user.schoolId}`;
  if (!names || (!names.city && !names.province))
    throw new Error(`The city or province of user ${user.id} does not exist.`);
  return names;
});
