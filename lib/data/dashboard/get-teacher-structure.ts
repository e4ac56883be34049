import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { BackboneLevel, Degree, ProfessionalTitle } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/utils/periods";

/** Age bands of the pyramid: under 30, then by decade, with 55+ (the years before retirement) apart. */
const PYRAMID_AGE_BANDS = ["under30", "30to39", "40to49", "50to54", "55plus"] as const;
export type PyramidAgeBand = (typeof PYRAMID_AGE_BANDS)[number];

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
 * rural schools), title and backbone level: one grouped statement, no teacher rows leave the database. Null when
 * the place is not in the user's scope.
 */
export async function getTeacherStructure(
  user: SessionUser,
  place: { countyId: number } | { schoolId: number },
  asOf: Date = new Date(),
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
      SELECT (s.location_class <> 'URBAN') AS rural,
             date_part('year', age(${day}::date, t.birth_date)) AS age,
             t.highest_degree::text AS degree, t.title::text AS title, t.backbone_level::text AS backbone
      FROM teachers t JOIN schools s ON s.id = t.school_id
      WHERE t.status = 'ACTIVE' AND t.is_full_time AND s.is_active
        AND (${countyId}::int IS NULL OR s.county_id = ${countyId}::int)
        AND (${schoolId}::int IS NULL OR s.id = ${schoolId}::int)
    )
    SELECT 'age' AS kind,
           CASE WHEN age < 30 THEN 'under30' WHEN age < 40 THEN '30to39' WHEN age < 50 THEN '40to49'
                WHEN age < 55 THEN '50to54' ELSE '55plus' END AS key,
           rural, count(*)::int AS count
    FROM t GROUP BY 2, 3
    UNION ALL SELECT 'degree', degree, rural, count(*)::int FROM t GROUP BY 2, 3
    UNION ALL SELECT 'title', title, NULL, count(*)::int FROM t GROUP BY 2
    UNION ALL SELECT 'backbone', backbone, NULL, count(*)::int FROM t GROUP BY 2`;
  const split = (kind: Row["kind"], key: string) => ({
    urban: rows.find((r) => r.kind === kind && r.key === key && r.rural === false)?.count ?? 0,
    rural: rows.find((r) => r.kind === kind && r.key === key && r.rural === true)?.count ?? 0,
  });
  const counted = (kind: Row["kind"]) => rows.filter((r) => r.kind === kind);
  return {
    total: counted("title").reduce((total, row) => total + row.count, 0),
    ageBands: PYRAMID_AGE_BANDS.map((band) => ({ band, ...split("age", band) })),
    degrees: (["POSTGRADUATE", "BACHELOR", "ASSOCIATE", "HIGH_SCHOOL_OR_BELOW"] as const).map((degree) => ({
      degree,
      ...split("degree", degree),
    })),
    titles: counted("title").map((row) => ({ title: row.key as ProfessionalTitle, count: row.count })),
    backbone: counted("backbone").map((row) => ({ level: row.key as BackboneLevel, count: row.count })),
  };
}
