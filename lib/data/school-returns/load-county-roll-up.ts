import "server-only";
import type { DbClient } from "@/lib/db";
import { countyFigureOf, type CountyFigure, type SchoolItemTotals } from "@/lib/indicators/school-roll-up";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * The county's figure of every item of the period's collection that rolls up (decision 0046): the sum of the
 * approved returns of the county's schools, with how many of them are approved of how many are expected. One
 * statement, summed in SQL; only the workflow's `counting` states count, so a returned or pending return is out.
 * Unscoped: the caller checked the county's report.
 */
export async function unsafeLoadCountyRollUp(
  client: DbClient,
  periodId: number,
  countyId: number,
): Promise<Map<string, CountyFigure>> {
  const rows = await client.$queryRaw<(SchoolItemTotals & { key: string })[]>`
    WITH county_returns AS (
      SELECT r.id, r.state FROM school_returns r JOIN schools s ON s.id = r.school_id
      WHERE r.period_id = ${periodId} AND s.county_id = ${countyId}
    ), approved AS (
      SELECT id FROM county_returns WHERE state = ANY(${SUBMISSION_WORKFLOW.sets.counting}::submission_state[])
    )
    SELECT ci.indicator_key AS key,
      sum(v.value)::float8 AS sum,
      count(v.value)::int AS "approvedWithValue",
      (SELECT count(*) FROM approved)::int AS approved,
      (SELECT count(*) FROM county_returns)::int AS expected
    FROM reporting_periods p
    JOIN collection_items ci ON ci.collection_id = p.collection_id AND ci.rolls_up
    LEFT JOIN school_return_values v ON v.indicator_key = ci.indicator_key AND v.return_id IN (SELECT id FROM approved)
    WHERE p.id = ${periodId}
    GROUP BY ci.indicator_key`;
  return new Map(rows.map(({ key, ...totals }) => [key, countyFigureOf(totals)]));
}
