import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { PeriodState, SubmissionState } from "@/lib/generated/prisma/enums";
import type { Quarter } from "@/lib/utils/periods";

export interface SubmissionProgress {
  period: { state: PeriodState; deadline: Date } | null;
  /** One entry per county in view: its submission state for the quarter (NOT_STARTED without a task) */
  counties: { countyId: number; state: SubmissionState; isLate: boolean }[];
}

/** Where each county in the user's view stands with the quarter's report (the city dashboard's status strip). */
export async function getSubmissionProgress(
  user: SessionUser,
  quarter: Quarter,
): Promise<SubmissionProgress | null> {
  assertCan(user, "submissions:view");
  const scope = scopeOf(user);
  if (!scope || scope.level === "school") return null;
  const [period, counties] = await Promise.all([
    db().reportingPeriod.findUnique({
      where: { cityId_year_quarter: { cityId: scope.cityId, year: quarter.year, quarter: quarter.quarter } },
      select: {
        state: true,
        deadline: true,
        submissions: {
          where: { county: countyScopeWhere(user) },
          select: { countyId: true, state: true, isLate: true },
        },
      },
    }),
    db().county.findMany({
      where: countyScopeWhere(user),
      orderBy: { sortOrder: "asc" },
      select: { id: true },
    }),
  ]);
  const submissions = new Map(period?.submissions.map((submission) => [submission.countyId, submission]));
  return {
    period: period && { state: period.state, deadline: period.deadline },
    counties: counties.map((county) => ({
      countyId: county.id,
      state: submissions.get(county.id)?.state ?? "NOT_STARTED",
      isLate: submissions.get(county.id)?.isLate ?? false,
    })),
  };
}
