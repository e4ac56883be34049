import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getIndicatorOverview, type IndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { AppError } from "@/lib/errors";
import { isFutureQuarter, type Quarter, referenceDateOf } from "@/lib/utils/periods";
import { getSubmissionSummary, type SubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import { listSchoolCompliance, type SchoolCompliance } from "./list-school-compliance";

export interface BriefingData {
  quarter: Quarter;
  /** The reference date of every figure: the quarter's last day, or today within the current quarter */
  asOf: Date;
  overview: IndicatorOverview;
  submissions: SubmissionSummary;
  /** County briefings only: the county's schools against the facility standards */
  schools: SchoolCompliance | null;
}

/**
 * Everything a quarter's briefing of the user's scope (or of one county in it) says, from the same data layer as
 * the dashboards. Null when the county is not in the user's scope, so a forged county id reads as missing.
 */
export async function getBriefingData(
  user: SessionUser,
  options: { countyId: number | null; quarter: Quarter; now?: Date },
): Promise<BriefingData | null> {
  assertCan(user, "briefings:export");
  const now = options.now ?? new Date();
  if (isFutureQuarter(options.quarter, now))
    throw new AppError("VALIDATION", { log: "a briefing of a future quarter" });
  const asOf = referenceDateOf(options.quarter, now);
  const overview = await getIndicatorOverview(user, options.countyId, asOf);
  if (!overview) return null;
  const countyId = overview.org.level === "county" ? overview.org.id : null;
  const [submissions, schools] = await Promise.all([
    getSubmissionSummary(user, countyId, options.quarter),
    countyId === null ? Promise.resolve(null) : listSchoolCompliance(user, countyId, asOf),
  ]);
  if (!submissions) return null;
  return { quarter: options.quarter, asOf, overview, submissions, schools };
}
