import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, scopeOf, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { CountyKind, PeriodState, SubmissionState } from "@/lib/generated/prisma/enums";
import type { Quarter } from "@/lib/utils/periods";
import {
  SUBMISSION_STATES,
  SUBMISSION_WORKFLOW,
  type Timeliness,
  timelinessOf,
} from "@/lib/workflows/submissions";

export interface SubmissionBoardRow {
  countyId: number;
  countyName: string;
  countyKind: CountyKind;
  /** The workflow's initial state (not started) where the period has no submission row for the county */
  state: SubmissionState;
  submittedAt: Date | null;
  approvedAt: Date | null;
  timeliness: Timeliness;
}

/** The report of a county that has none yet: the workflow's initial state, nothing submitted or approved. */
const NOT_STARTED = {
  state: SUBMISSION_WORKFLOW.initial,
  submittedAt: null,
  approvedAt: null,
  isLate: false,
} as const;

export interface SubmissionSummary {
  quarter: Quarter;
  /** null: the city never opened a reporting period for the quarter */
  period: { state: PeriodState; deadline: Date } | null;
  rows: SubmissionBoardRow[];
  stateCounts: Record<SubmissionState, number>;
  timelinessCounts: Record<Timeliness, number>;
}

/**
 * The quarter's submission board of the user's scope (or one county of it): each county's state and whether it
 * reported on time, for the city dashboard's strip, the briefing and the board's Excel table (the two exports check
 * briefings:export themselves). Null when the county is not in the user's scope (it then looks missing).
 */
export async function getSubmissionSummary(
  user: Viewer,
  countyId: number | null,
  quarter: Quarter,
): Promise<SubmissionSummary | null> {
  assertCan(user, "submissions:view");
  const scope = scopeOf(user);
  if (!scope || scope.level === "school" || scope.level === "province") return null;
  const client = db();
  // Security: the scope builder bounds the counties; a forged county id of another scope finds none.
  const countyWhere =
    countyId === null ? countyScopeWhere(user) : inScope({ id: countyId }, countyScopeWhere(user));
  const [counties, period] = await Promise.all([
    client.county.findMany({
      where: countyWhere,
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, kind: true },
    }),
    client.reportingPeriod.findUnique({
      where: { cityId_year_quarter: { cityId: scope.cityId, year: quarter.year, quarter: quarter.quarter } },
      select: {
        state: true,
        deadline: true,
        submissions: {
          where: { county: countyWhere },
          select: { countyId: true, state: true, submittedAt: true, approvedAt: true, isLate: true },
        },
      },
    }),
  ]);
  if (countyId !== null && counties.length === 0) return null;

  const byCounty = new Map(period?.submissions.map((submission) => [submission.countyId, submission]));
  const rows = counties.map((county): SubmissionBoardRow => {
    // A county without a submission row has not started it.
    const submission = byCounty.get(county.id) ?? NOT_STARTED;
    return {
      countyId: county.id,
      countyName: county.name,
      countyKind: county.kind,
      state: submission.state,
      submittedAt: submission.submittedAt,
      approvedAt: submission.approvedAt,
      timeliness: timelinessOf(submission),
    };
  });
  const stateCounts = Object.fromEntries(SUBMISSION_STATES.map((state) => [state, 0])) as Record<
    SubmissionState,
    number
  >;
  const timelinessCounts: Record<Timeliness, number> = { on_time: 0, late: 0, not_submitted: 0 };
  for (const row of rows) {
    stateCounts[row.state] += 1;
    timelinessCounts[row.timeliness] += 1;
  }
  return {
    quarter,
    period: period ? { state: period.state, deadline: period.deadline } : null,
    rows,
    stateCounts,
    timelinessCounts,
  };
}
