import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The schools open on `day` (a closed school counts until its closing day, not on it), for Prisma queries. */
export function openOn(day: Date): Prisma.SchoolWhereInput {
  return { OR: [{ isActive: true }, { closedOn: { gt: day } }] };
}

/**
 * The schools as they stood on `day` (an ISO date), as a subquery with the schools table's column names: those open
 * that day (a closed school counts until its closing day, not on it), each with the 城乡分类代码, location class,
 * town-seat flag and county then in force — the earliest past state that ended after the day, else the current row
 * (decisions 0024, 0026: a town moved to another county counts its schools in the old one before the move). Every figure of a quarter reads schools through it, so a later change does not rewrite the quarter.
 */
export function schoolsAsOf(day: string, counties?: readonly number[]): Prisma.Sql {
  // The county comes from a CASE, which no index serves: a caller's county filter is applied to the schools first,
  // by index, as the schools in those counties now or in a past state that ended after the day.
  const inCounties = counties
    ? Prisma.sql`AND s.id IN (
        SELECT id FROM schools WHERE county_id = ANY(${counties}::int[])
        UNION SELECT school_id FROM school_past_states
        WHERE county_id = ANY(${counties}::int[]) AND valid_until > ${day}::date
      )`
    : Prisma.empty;
  return Prisma.sql`(
    SELECT s.id, s.code, s.name, s.city_id,
           CASE WHEN p.school_id IS NULL THEN s.county_id ELSE p.county_id END AS county_id,
           s.town_id, s.level, s.ownership,
           s.is_town_central_kindergarten, s.kindergarten_grade,
           CASE WHEN p.school_id IS NULL THEN s.urban_rural_code ELSE p.urban_rural_code END AS urban_rural_code,
           CASE WHEN p.school_id IS NULL THEN s.location_class ELSE p.location_class END AS location_class,
           CASE WHEN p.school_id IS NULL THEN s.is_town_seat ELSE p.is_town_seat END AS is_town_seat
    FROM schools s
    LEFT JOIN LATERAL (
      SELECT ps.school_id, ps.county_id, ps.urban_rural_code, ps.location_class, ps.is_town_seat
      FROM school_past_states ps
      WHERE ps.school_id = s.id AND ps.valid_until > ${day}::date
      ORDER BY ps.valid_until
      LIMIT 1
    ) p ON true
    -- openOn, in SQL
    WHERE (s.is_active OR s.closed_on > ${day}::date) ${inCounties}
  )`;
}
