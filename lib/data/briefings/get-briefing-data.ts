import "server-only";
import { assertCan, can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getIndicatorOverview, type IndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { AppError } from "@/lib/errors";
import { isFutureQuarter, type Quarter, referenceDateOf } from "@/lib/utils/periods";
import { getSubmissionSummary, type SubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import {
  getProblemProgress,
  getProblemStateCounts,
  type CountyProblemProgress,
} from "@/lib/data/problems/problem-progress";
import type { ProblemState } from "@/lib/generated/prisma/enums";
import { getQuarterFindings } from "@/lib/data/verification/get-quarter-findings";
import type { FindingsSummary } from "@/lib/workflows/verification";
import { listSchoolCompliance, type SchoolCompliance } from "./list-school-compliance";
import { getCountyBases } from "@/lib/data/indicators/get-county-bases";
import type { UnitBases } from "@/lib/indicators/fair-rankings";
import { getCustomItemFigures, type CustomItemFigures } from "@/lib/data/collections/get-custom-item-figures";

/** 问题整改进展: the problems of the scope by state and per county (closure rate and overdue from these). */
export interface BriefingProblems {
  states: Record<ProblemState, number>;
  counties: CountyProblemProgress[];
}

export interface BriefingData {
  /** Whose briefing: a city's, a county's, or the province's (get-province-briefing-data.ts) */
  level: "province" | "city" | "county";
  quarter: Quarter;
  /** The reference date of every figure: the quarter's last day, or today within the current quarter */
  asOf: Date;
  overview: IndicatorOverview;
  /** Null for the province, which reads no city's submission board (decision 0038) */
  submissions: SubmissionSummary | null;
  /** County briefings only: the county's schools against the facility standards */
  schools: SchoolCompliance | null;
  /** Null for a reader who may not see the 整改台账 */
  problems: BriefingProblems | null;
  /** City briefings: the counties' bases (the province's: its cities'), which their enrolment bands come from (decision 0039) */
  bases: ReadonlyMap<number, UnitBases> | null;
  /** What sampled verification (核查) found among the quarter's values */
  verification: FindingsSummary;
  /**
   * The city's custom items of its collections (decision 0047), in the reader's scope (a county's briefing reads
   * its county's breakdown); null for the province and for a reader who may not see the reports
   */
  customItems: CustomItemFigures | null;
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
  const only = countyId === null ? {} : { countyId };
  const [submissions, schools, problems, bases, verification, customItems] = await Promise.all([
    getSubmissionSummary(user, countyId, options.quarter),
    countyId === null ? Promise.resolve(null) : listSchoolCompliance(user, countyId, asOf),
    // The ledger as it stands when the briefing is made (problems have no quarterly history), overdue as of then.
    can(user.role, "problems:view")
      ? Promise.all([
          getProblemStateCounts(user, only),
          getProblemProgress(user, { ...only, today: now }),
        ]).then(([states, counties]) => ({ states, counties }))
      : Promise.resolve(null),
    countyId === null ? getCountyBases(user, asOf) : Promise.resolve(null),
    getQuarterFindings(user, { quarter: options.quarter, countyId }),
    can(user.role, "submissions:view") ? getCustomItemFigures(user) : Promise.resolve(null),
  ]);
  if (!submissions) return null;
  return {
    level: countyId === null ? "city" : "county",
    quarter: options.quarter,
    asOf,
    overview,
    submissions,
    schools,
    problems,
    bases,
    verification,
    customItems,
  };
}
