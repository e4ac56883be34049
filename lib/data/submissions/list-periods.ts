import "server-only";
import { PERIOD_NAME_FIELDS } from "./submission-access";
import { assertCan } from "@/lib/auth/permissions";
import { scopeOf, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { SubmissionState } from "@/lib/generated/prisma/enums";

/**
 * The reporting periods of every collection of the user's city (decision 0044), the latest-ending first, with how many reports in the user's scope are in each
 * state, and for a county-level user its own report of each period.
 */
export async function listPeriods(user: SessionUser) {
  assertCan(user, "submissions:view");
  const scope = scopeOf(user);
  if (!scope || scope.level === "school" || scope.level === "province") return [];
  const client = db();
  const [periods, counts, own] = await Promise.all([
    client.reportingPeriod.findMany({
      where: { cityId: scope.cityId },
      orderBy: [{ endsOn: "desc" }, { id: "desc" }],
      select: { id: true, quarter: true, state: true, deadline: true, ...PERIOD_NAME_FIELDS },
    }),
    client.submission.groupBy({
      by: ["periodId", "state"],
      where: { AND: [submissionScopeWhere(user), { period: { cityId: scope.cityId } }] },
      _count: { _all: true },
    }),
    scope.level === "county"
      ? client.submission.findMany({
          where: { countyId: scope.countyId, period: { cityId: scope.cityId } },
          select: { id: true, periodId: true, state: true, isLate: true, lastActivityAt: true },
        })
      : Promise.resolve([]),
  ]);
  return periods.map((period) => ({
    ...period,
    counts: Object.fromEntries(
      counts.filter((row) => row.periodId === period.id).map((row) => [row.state, row._count._all]),
    ) as Partial<Record<SubmissionState, number>>,
    ownSubmission: own.find((submission) => submission.periodId === period.id) ?? null,
  }));
}
