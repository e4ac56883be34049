import "server-only";
import { can } from "@/lib/auth/permissions";
import { scopeOf, type Viewer } from "@/lib/auth/scope";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { businessDay } from "@/lib/utils/periods";
import { daysUntil } from "@/lib/workflows/deadlines";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/** Periods taking returns: the deadline is running. */
const OPEN_PERIOD = { state: { in: [...PERIOD_WORKFLOW.sets.open] } };

/**
 * "What needs you" of school returns (decision 0046): for a principal, its school's returns of the open periods
 * with their deadlines and the county's reason when one came back; for a county officer, per open school-reported
 * period, how many of its schools' returns wait for review and how many are still with the schools. Anyone else
 * has nothing here (an empty list, as the panel is on every landing page).
 */
export async function getSchoolWorkItems(user: Viewer, now: Date = new Date()) {
  const scope = scopeOf(user);
  const today = businessDay(now);
  const none = { returns: [], reviews: [] };
  if (!scope || !can(user.role, "school-returns:view")) return none;
  const client = db();
  if (scope.level === "school" && can(user.role, "school-returns:edit")) {
    const returns = await client.schoolReturn.findMany({
      where: { schoolId: scope.schoolId, period: OPEN_PERIOD },
      orderBy: [{ period: { deadline: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        state: true,
        returnReason: true,
        period: { select: { id: true, quarter: true, deadline: true, ...PERIOD_NAME_FIELDS } },
      },
    });
    return {
      returns: returns.map((found) => ({ ...found, daysLeft: daysUntil(found.period.deadline, today) })),
      reviews: [],
    };
  }
  if (scope.level !== "county" || !can(user.role, "school-returns:review")) return none;
  const counts = await client.schoolReturn.groupBy({
    by: ["periodId", "state"],
    where: { school: { countyId: scope.countyId }, period: OPEN_PERIOD },
    _count: { _all: true },
  });
  const periodIds = [...new Set(counts.map((row) => row.periodId))];
  const periods = await client.reportingPeriod.findMany({
    where: { id: { in: periodIds } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    select: { id: true, quarter: true, deadline: true, ...PERIOD_NAME_FIELDS },
  });
  const countOf = (periodId: number, set: "awaitingCounty" | "awaitingReview") =>
    counts
      .filter((row) => row.periodId === periodId && SUBMISSION_WORKFLOW.isIn(set, row.state))
      .reduce((sum, row) => sum + row._count._all, 0);
  return {
    returns: [],
    reviews: periods.map((period) => ({
      period,
      daysLeft: daysUntil(period.deadline, today),
      awaitingReview: countOf(period.id, "awaitingReview"),
      withSchools: countOf(period.id, "awaitingCounty"),
    })),
  };
}
