import "server-only";
import { PERIOD_NAME_FIELDS } from "./submission-access";
import { assertCan } from "@/lib/auth/permissions";
import { scopeBounds, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { percentOf } from "@/lib/indicators/result";
import type { PeriodName } from "@/lib/utils/reporting-periods";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * The board of one period: each county in the user's scope with its report's state, on-time or late mark and last
 * activity. Null when the period is not in the user's city.
 */
export async function getPeriodBoard(user: SessionUser, periodId: number) {
  assertCan(user, "submissions:view");
  const bounds = scopeBounds(user);
  if (!bounds || bounds.schoolId !== null) return null;
  const client = db();
  const period = await client.reportingPeriod.findFirst({
    where: { id: periodId, cityId: bounds.cityId },
    select: {
      id: true,
      quarter: true,
      state: true,
      deadline: true,
      ...PERIOD_NAME_FIELDS,
      openedAt: true,
      closedAt: true,
    },
  });
  if (!period) return null;
  const rows = await client.submission.findMany({
    where: { AND: [{ periodId: period.id }, submissionScopeWhere(user)] },
    orderBy: { county: { sortOrder: "asc" } },
    select: {
      id: true,
      state: true,
      isLate: true,
      submittedAt: true,
      lastActivityAt: true,
      county: { select: { id: true, name: true, nameEn: true, kind: true } },
    },
  });
  return { period, rows };
}

/**
 * Completeness (share of counties that have submitted) and timeliness (share that submitted by the deadline) of
 * each opened period of the collection a period belongs to, in the user's scope, oldest first; counted in SQL with
 * the workflow's sets, so a returned report counts as missing here exactly as on the board and the city strip.
 */
export async function getCompletenessTrend(user: SessionUser, periodId: number) {
  assertCan(user, "submissions:view");
  const bounds = scopeBounds(user);
  if (!bounds || bounds.schoolId !== null) return [];
  const rows = await db().$queryRaw<
    ({ total: number; submitted: number; onTime: number } & Omit<PeriodName, "collection">)[]
  >`
    SELECT p.period_type AS "periodType", p.year, p.sequence, p.starts_on AS "startsOn", p.ends_on AS "endsOn",
      count(*)::int AS total,
      (count(*) FILTER (WHERE s.state = ANY(${SUBMISSION_WORKFLOW.sets.submitted}::submission_state[])))::int
        AS submitted,
      (count(*) FILTER (WHERE s.state = ANY(${SUBMISSION_WORKFLOW.sets.submitted}::submission_state[])
                          AND NOT s.is_late))::int AS "onTime"
    FROM submissions s JOIN reporting_periods p ON p.id = s.period_id
    WHERE p.city_id = ${bounds.cityId} AND p.collection_id = (SELECT collection_id FROM reporting_periods WHERE id = ${periodId})
      AND p.state = ANY(${PERIOD_WORKFLOW.sets.opened}::period_state[])
      AND (${bounds.countyId}::int IS NULL OR s.county_id = ${bounds.countyId}::int)
    GROUP BY p.id
    ORDER BY p.year, p.sequence, p.starts_on`;
  const shareOf = (count: number, total: number) => {
    const share = percentOf(count, total, "no_data");
    return share.computable ? share.value : 0;
  };
  return rows.map((row) => ({
    ...row,
    completeness: shareOf(row.submitted, row.total),
    timeliness: shareOf(row.onTime, row.total),
  }));
}
