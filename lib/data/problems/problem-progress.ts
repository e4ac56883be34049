import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, problemScopeWhere, type Viewer } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { ProblemState } from "@/lib/generated/prisma/enums";
import { businessDay } from "@/lib/utils/periods";
import { PROBLEM_WORKFLOW } from "@/lib/workflows/problems";
import { overdueProblemWhere } from "./list-problems";

export interface CountyProblemProgress {
  countyId: number;
  name: string;
  nameEn: string;
  total: number;
  /** Accepted (整改销号) */
  closed: number;
  overdue: number;
}

/**
 * 问题整改进展 per county of the user's scope (a county officer: its own), or of one county, its schools' problems included: how many,
 * how many accepted, how many overdue. Three grouped counts in the database, whatever the number of problems. Takes a
 * viewer, not a user: the dashboards' card is shared by every user of one role and scope.
 */
export async function getProblemProgress(
  actor: Viewer,
  options: { countyId?: number; today?: Date } = {},
): Promise<CountyProblemProgress[]> {
  assertCan(actor, "problems:view");
  const today = options.today ?? new Date();
  const only = options.countyId === undefined ? {} : { countyId: options.countyId };
  const scope = inScope(only, problemScopeWhere(actor));
  const [counties, totals, closed, overdue] = await Promise.all([
    db().county.findMany({
      where: inScope(options.countyId === undefined ? {} : { id: options.countyId }, countyScopeWhere(actor)),
      orderBy: [{ code: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
    db().problem.groupBy({ by: ["countyId"], where: scope, _count: { _all: true } }),
    db().problem.groupBy({
      by: ["countyId"],
      where: inScope({ state: { in: [...PROBLEM_WORKFLOW.sets.closed] } }, scope),
      _count: { _all: true },
    }),
    db().problem.groupBy({
      by: ["countyId"],
      where: inScope(overdueProblemWhere(businessDay(today)), scope),
      _count: { _all: true },
    }),
  ]);
  const countOf = (groups: { countyId: number; _count: { _all: number } }[], countyId: number) =>
    groups.find((group) => group.countyId === countyId)?._count._all ?? 0;
  return counties.map((county) => ({
    countyId: county.id,
    name: county.name,
    nameEn: county.nameEn,
    total: countOf(totals, county.id),
    closed: countOf(closed, county.id),
    overdue: countOf(overdue, county.id),
  }));
}

/** How many problems of the user's scope (or of one county in it) are in each state: one grouped count. */
export async function getProblemStateCounts(
  actor: SessionUser,
  options: { countyId?: number } = {},
): Promise<Record<ProblemState, number>> {
  assertCan(actor, "problems:view");
  const only = options.countyId === undefined ? {} : { countyId: options.countyId };
  const groups = await db().problem.groupBy({
    by: ["state"],
    where: inScope(only, problemScopeWhere(actor)),
    _count: { _all: true },
  });
  const counts: Record<ProblemState, number> = {
    OPEN: 0,
    IN_PROGRESS: 0,
    SUBMITTED: 0,
    RETURNED: 0,
    ACCEPTED: 0,
  };
  for (const group of groups) counts[group.state] = group._count._all;
  return counts;
}
