import "server-only";
import type { DbClient } from "@/lib/db";
import { COUNTED_TEACHER_STATUSES } from "@/lib/indicators/formulas/teachers";
import { RURAL_LOCATION_CLASSES } from "@/lib/indicators/urban-rural";
import type { SplitBase } from "@/lib/indicators/target-cascade";
import { businessDay, isoDay, schoolYearOf } from "@/lib/utils/periods";
import { schoolsAsOf } from "@/lib/data/schools/schools-as-of";

export interface CountyBases {
  countyId: number;
  code: string | null;
  name: string;
  nameEn: string;
  bases: Record<SplitBase, number>;
  /** Of the open schools, those in a rural location class (镇区 + 乡村): the rural-share peer groups (decision 0039) */
  ruralSchools: number;
}

/**
 * Each county's bases for splitting a target and weighting a share (lib/indicators/target-cascade.ts), on `asOf`:
 * the schools open that day (schoolsAsOf), their pupils on each school's latest facility record up to that school
 * year, their counted full-time teachers, and how many of the schools are rural then. Counted in SQL, one row per county. Unscoped: callers pass the counties
 * they have already checked.
 */
export async function unsafeLoadCountyBases(
  client: DbClient,
  countyIds: readonly number[],
  asOf: Date,
): Promise<CountyBases[]> {
  if (countyIds.length === 0) return [];
  const day = businessDay(asOf);
  const ids = [...countyIds];
  const rows = await client.$queryRaw<
    {
      countyId: number;
      code: string | null;
      name: string;
      nameEn: string;
      schools: number;
      ruralSchools: number;
      teachers: number;
      enrolment: number;
    }[]
  >`
    WITH open AS (
      SELECT s.id, s.county_id, s.location_class FROM ${schoolsAsOf(isoDay(day), ids)} s WHERE s.county_id = ANY(${ids}::int[])
    ),
    pupils AS (
      SELECT o.county_id, f.total
      FROM open o CROSS JOIN LATERAL (
        SELECT f.enrolment_preschool + f.enrolment_primary + f.enrolment_junior + f.enrolment_senior
               + f.enrolment_special AS total
        FROM facility_records f WHERE f.school_id = o.id AND f.school_year <= ${schoolYearOf(day)}
        ORDER BY f.school_year DESC LIMIT 1
      ) f
    ),
    staff AS (
      SELECT o.county_id, count(*) AS teachers
      FROM open o JOIN teachers t ON t.school_id = o.id
      WHERE t.status = ANY(${COUNTED_TEACHER_STATUSES}::teacher_status[]) AND t.is_full_time
      GROUP BY o.county_id
    )
    SELECT c.id AS "countyId", c.code, c.name, c.name_en AS "nameEn",
           (SELECT count(*) FROM open o WHERE o.county_id = c.id)::int AS schools,
           (SELECT count(*) FROM open o WHERE o.county_id = c.id
              AND o.location_class = ANY(${RURAL_LOCATION_CLASSES}::location_class[]))::int AS "ruralSchools",
           COALESCE((SELECT st.teachers FROM staff st WHERE st.county_id = c.id), 0)::int AS teachers,
           COALESCE((SELECT sum(p.total) FROM pupils p WHERE p.county_id = c.id), 0)::int AS enrolment
    FROM counties c WHERE c.id = ANY(${ids}::int[])
    ORDER BY c.sort_order, c.id`;
  return rows.map(({ schools, teachers, enrolment, ...county }) => ({
    ...county,
    bases: { enrolment, schools, teachers },
  }));
}
