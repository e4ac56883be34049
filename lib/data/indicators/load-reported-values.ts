import "server-only";
import type { DbClient } from "@/lib/db";
import type { Quarter } from "@/lib/utils/periods";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

export interface ReportedValue extends Quarter {
  countyId: number;
  indicatorKey: string;
  value: number;
}

/**
 * Approved quarterly values of the counties for the given quarters (drafts and pending submissions never count).
 * Unscoped: callers pass county ids they have checked.
 */
export async function unsafeLoadApprovedReportedValues(
  client: DbClient,
  countyIds: number[],
  quarters: readonly Quarter[],
): Promise<ReportedValue[]> {
  if (countyIds.length === 0 || quarters.length === 0) return [];
  const rows = await client.$queryRaw<
    { countyId: number; year: number; quarter: number; indicatorKey: string; value: string }[]
  >`
    SELECT s.county_id AS "countyId", p.year, p.quarter, v.indicator_key AS "indicatorKey", v.value::text AS value
    FROM submission_values v
    JOIN submissions s ON s.id = v.submission_id
    JOIN reporting_periods p ON p.id = s.period_id
    WHERE s.state = ANY(${SUBMISSION_WORKFLOW.sets.counting}::submission_state[]) AND v.value IS NOT NULL
      AND s.county_id = ANY(${countyIds}::int[])
      AND (p.year, p.quarter) IN (SELECT * FROM unnest(${quarters.map((q) => q.year)}::int[], ${quarters.map((q) => q.quarter)}::int[]))`;
  return rows.map((row) => ({
    ...row,
    quarter: row.quarter as Quarter["quarter"],
    value: Number(row.value),
  }));
}

/** Counties whose submission for the quarter exists but is not approved yet ("awaiting approval"). */
export async function unsafeLoadPendingCounties(
  client: DbClient,
  countyIds: number[],
  quarter: Quarter,
): Promise<Set<number>> {
  const rows = await client.submission.findMany({
    where: {
      countyId: { in: countyIds },
      state: { in: [...SUBMISSION_WORKFLOW.sets.awaitingApproval] },
      period: { year: quarter.year, quarter: quarter.quarter },
    },
    select: { countyId: true },
  });
  return new Set(rows.map((row) => row.countyId));
}
