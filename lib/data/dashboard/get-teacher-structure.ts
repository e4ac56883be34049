import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, schoolScopeWhere, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { BackboneLevel, Degree, ProfessionalTitle } from "@/lib/generated/prisma/enums";
import { PYRAMID_AGE_BANDS, PYRAMID_BAND_BOUNDS, type PyramidAgeBand } from "@/lib/indicators/age-bands";
import { COUNTED_TEACHER_STATUSES } from "@/lib/indicators/formulas/teachers";
import { BACKBONE_HIGHEST_FIRST, inRankOrder, TITLES_HIGHEST_FIRST } from "@/lib/indicators/rank-order";
import { DEGREES_HIGHEST_FIRST, RURAL_LOCATION_CLASSES } from "@/lib/indicators/urban-rural";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { schoolsAsOf } from "@/lib/data/schools/schools-as-of";

export interface TeacherStructure {
  total: number;
  ageBands: { band: PyramidAgeBand; urban: number; rural: number }[];
  degrees: { degree: Degree; urban: number; rural: number }[];
  titles: { title: ProfessionalTitle; count: number }[];
  backbone: { level: BackboneLevel; count: number }[];
}

interface Row {
  kind: "age" | "degree" | "title" | "backbone";
  key: string;
  rural: boolean | null;
  count: number;
}

/**
 * The active full-time teachers of a county or a school in the user's scope, by age band and degree (urban vs
 * rural schools), title and backbone level: one grouped statement, no teacher rows leave the database; rural,
 * counted and the bands are lib/indicators's rules, passed in. Null when the place is not in the user's scope.
 */
export async function getTeacherStructure(
  user: Viewer,
  place: { countyId: number } | { schoolId: number },
  asOf: Date = businessDay(new Date()),
): Promise<TeacherStructure | null> {
  assertCan(user, "teachers:view");
  // Security: a county needs a county-wide view (a principal's scope is one school, not its county); a school must
  // be in the user's scope. An id from elsewhere finds nothing.
  const inView =
    "countyId" in place
      ? await db().county.findFirst({
          where: inScope({ id: place.countyId }, countyScopeWhere(user)),
          select: { id: true },
        })
      : await db().school.findFirst({
          where: inScope({ id: place.schoolId }, schoolScopeWhere(user)),
          select: { id: true },
        });
  if (!inView) return null;
  const countyId = "countyId" in place ? place.countyId : null;
  const schoolId = "schoolId" in place ? place.schoolId : null;
  const day = isoDay(asOf);
  const rows = await db().$queryRaw<Row[]>`
    WITH t AS (
      SELECT (s.location_class = ANY(${RURAL_LOCATION_CLASSES}::location_class[])) AS rural,
             width_bucket(date_part('year', age(${day}::date, t.birth_date)), ${PYRAMID_BAND_BOUNDS}::float8[])
               AS age_band,
             t.highest_degree::text AS degree, t.title::text AS title, t.backbone_level::text AS backbone
      FROM teachers t JOIN ${schoolsAsOf(day, countyId === null ? undefined : [countyId])} s ON s.id = t.school_id
      WHERE t.status = ANY(${COUNTED_TEACHER_STATUSES}::teacher_status[]) AND t.is_full_time
        AND (${countyId}::int IS NULL OR s.county_id = ${countyId}::int)
        AND (${schoolId}::int IS NULL OR s.id = ${schoolId}::int)
    )
    SELECT 'age' AS kind, age_band::text AS key, rural, count(*)::int AS count FROM t GROUP BY age_band, rural
    UNION ALL SELECT 'degree', degree, rural, count(*)::int FROM t GROUP BY degree, rural
    UNION ALL SELECT 'title', title, NULL, count(*)::int FROM t GROUP BY title
    UNION ALL SELECT 'backbone', backbone, NULL, count(*)::int FROM t GROUP BY backbone`;
  const split = (kind: Row["kind"], key: string) => ({
    urban: rows.find((r) => r.kind === kind && r.key === key && r.rural === false)?.count ?? 0,
    rural: rows.find((r) => r.kind === kind && r.key === key && r.rural === true)?.count ?? 0,
  });
  const counted = (kind: Row["kind"]) => rows.filter((r) => r.kind === kind);
  return {
    total: counted("title").reduce((total, row) => total + row.count, 0),
    // width_bucket numbers the bands from 0, the youngest.
    ageBands: PYRAMID_AGE_BANDS.map(({ band }, bucket) => ({ band, ...split("age", String(bucket)) })),
    degrees: DEGREES_HIGHEST_FIRST.map((degree) => ({ degree, ...split("degree", degree) })),
    titles: inRankOrder(TITLES_HIGHEST_FIRST, counted("title")).map(({ key, count }) => ({
      title: key,
      count,
    })),
    backbone: inRankOrder(BACKBONE_HIGHEST_FIRST, counted("backbone")).map(({ key, count }) => ({
      level: key,
      count,
    })),
  };
}
