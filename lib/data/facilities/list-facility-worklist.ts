import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, scopeOf, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { businessDay, schoolYearOf } from "@/lib/utils/periods";

export interface FacilityWorklistRow {
  id: number;
  code: string;
  name: string;
  townName: string;
  /** The school year of the school's latest facility record; null when it has none at all */
  latestYear: number | null;
}

/**
 * The county officer's worklist: the county's active schools whose facility record for the current school year is
 * missing, either never entered (latestYear null) or last entered for an earlier year (stale), never-entered first,
 * then the oldest. One grouped statement; the unique (school_id, school_year) index of facility_records serves the
 * join, so it needs no index of its own.
 */
export async function listFacilityWorklist(
  user: Viewer,
  countyId: number,
  today: Date = businessDay(new Date()),
): Promise<{ schoolYear: number; rows: FacilityWorklistRow[] }> {
  assertCan(user, "facilities:edit");
  // Security: county officers only (a principal keeps its own school's record), and only their own county.
  if (scopeOf(user)?.level !== "county") throw notFoundError();
  const county = await db().county.findFirst({
    where: inScope({ id: countyId }, countyScopeWhere(user)),
    select: { id: true },
  });
  if (!county) throw notFoundError();
  const schoolYear = schoolYearOf(today);
  const rows = await db().$queryRaw<FacilityWorklistRow[]>`
    SELECT s.id, s.code, s.name, t.name AS "townName",
      max(f.school_year) FILTER (WHERE f.school_year < ${schoolYear}) AS "latestYear"
    FROM schools s
    JOIN towns t ON t.id = s.town_id
    LEFT JOIN facility_records f ON f.school_id = s.id
    WHERE s.county_id = ${county.id} AND s.is_active
    GROUP BY s.id, t.name
    HAVING NOT coalesce(bool_or(f.school_year = ${schoolYear}), false)
    ORDER BY "latestYear" ASC NULLS FIRST, s.name, s.id`;
  return { schoolYear, rows };
}
