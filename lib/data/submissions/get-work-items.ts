import "server-only";
import { PERIOD_NAME_FIELDS } from "./submission-access";
import { can } from "@/lib/auth/permissions";
import { scopeOf, submissionScopeWhere, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { businessDay } from "@/lib/utils/periods";
import { daysUntil, isCalendarCovered } from "@/lib/workflows/deadlines";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * "What needs you" on every landing page: for those who write reports (county officers), the reports of their scope
 * returned for correction; for everyone who sees reports, the city's open periods of every collection (decision 0044) with their deadlines: days left (negative once overdue), the county's own
 * report, and across the scope how many reports the city still waits for and how many wait for review. A user who
 * may not see reports (a principal) has nothing here: an empty list, not a refusal, as the panel is on every page.
 */
export async function getWorkItems(user: Viewer, now: Date = new Date()) {
  const scope = scopeOf(user);
  // The province reads cities' figures, not their reporting: nothing of it waits on a province user.
  if (!scope || scope.level === "school" || scope.level === "province" || !can(user.role, "submissions:view"))
    return { returned: [], periods: [] };
  const client = db();
  const inCity = { AND: [submissionScopeWhere(user), { period: { cityId: scope.cityId } }] };
  const [returned, periods] = await Promise.all([
    // Only the county's writers can act on a returned report; the city and leaders see it in the period counts.
    client.submission.findMany({
      where: can(user.role, "submissions:edit")
        ? { AND: [inCity, { state: "RETURNED" }] }
        : { id: { in: [] } },
      orderBy: [{ returnedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        returnReason: true,
        reopenReason: true,
        returnedAt: true,
        county: { select: { name: true, nameEn: true } },
        period: { select: { quarter: true, deadline: true, ...PERIOD_NAME_FIELDS } },
      },
    }),
    client.reportingPeriod.findMany({
      where: { cityId: scope.cityId, state: "OPEN" },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      select: { id: true, quarter: true, deadline: true, ...PERIOD_NAME_FIELDS },
    }),
  ]);
  const periodIds = periods.map((period) => period.id);
  const [counts, own] = await Promise.all([
    client.submission.groupBy({
      by: ["periodId", "state"],
      where: { AND: [inCity, { periodId: { in: periodIds } }] },
      _count: { _all: true },
    }),
    scope.level === "county"
      ? client.submission.findMany({
          where: { countyId: scope.countyId, periodId: { in: periodIds } },
          select: { id: true, periodId: true, state: true },
        })
      : Promise.resolve([]),
  ]);
  const today = businessDay(now);
  const countOf = (periodId: number, set: "awaitingCounty" | "awaitingReview") =>
    counts
      .filter((row) => row.periodId === periodId && SUBMISSION_WORKFLOW.isIn(set, row.state))
      .reduce((sum, row) => sum + row._count._all, 0);
  return {
    returned: returned.map((report) => ({
      submissionId: report.id,
      county: report.county,
      year: report.period.year,
      quarter: report.period.quarter,
      period: report.period,
      reason: report.reopenReason ?? report.returnReason,
      returnedAt: report.returnedAt,
    })),
    periods: periods.map((period) => ({
      ...period,
      daysLeft: daysUntil(period.deadline, today),
      /** Beyond the published holiday calendar: the deadline was set on an estimate of working days */
      isCalendarEstimated: !isCalendarCovered(period.deadline),
      ownSubmission: own.find((report) => report.periodId === period.id) ?? null,
      awaitingCounty: countOf(period.id, "awaitingCounty"),
      awaitingReview: countOf(period.id, "awaitingReview"),
    })),
  };
}

export type WorkItems = Awaited<ReturnType<typeof getWorkItems>>;
