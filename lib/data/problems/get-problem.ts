import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, problemScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { ProblemState } from "@/lib/generated/prisma/enums";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { countyCandidates, isFigureMetNow, schoolCandidates } from "@/lib/indicators/problem-rules";
import { isAcceptingLevel, PROBLEM_WORKFLOW } from "@/lib/workflows/problems";

/**
 * A problem of the user's scope with its history, and the steps the user may take now: the same decision the
 * write guards make, so the page offers nothing they would refuse. Null when it is not in the user's scope.
 */
export async function getProblem(actor: SessionUser, problemId: number) {
  assertCan(actor, "problems:view");
  const problem = await db().problem.findFirst({
    where: inScope({ id: problemId }, problemScopeWhere(actor)),
    select: {
      id: true,
      countyId: true,
      schoolId: true,
      source: true,
      itemKey: true,
      valueAtTime: true,
      currentValue: true,
      description: true,
      measures: true,
      responsibleUnit: true,
      responsiblePerson: true,
      deadline: true,
      state: true,
      returnReason: true,
      createdAt: true,
      acceptedAt: true,
      county: { select: { name: true, nameEn: true } },
      school: { select: { name: true, code: true } },
      createdBy: { select: { displayName: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: {
          id: true,
          action: true,
          fromState: true,
          toState: true,
          note: true,
          value: true,
          at: true,
          actor: { select: { displayName: true } },
          files: {
            orderBy: { id: "asc" },
            select: {
              id: true,
              name: true,
              size: true,
              uploadedAt: true,
              uploadedBy: { select: { displayName: true } },
            },
          },
        },
      },
    },
  });
  const level = scopeOf(actor)?.level;
  if (!problem || !level || level === "province") return null;
  const allowedActions = PROBLEM_WORKFLOW.allowedActions(actor.role, {
    state: problem.state,
    isAcceptingLevel: isAcceptingLevel(level, problem),
  });
  return { ...problem, allowedActions, isFigureMetNow: await figureMetNow(actor, problem) };
}

/** For an open problem from the figures: whether the county's current figures no longer call for it. */
async function figureMetNow(
  actor: SessionUser,
  problem: {
    source: string;
    state: ProblemState;
    countyId: number;
    schoolId: number | null;
    itemKey: string;
  },
) {
  if (problem.source !== "FIGURE" || !PROBLEM_WORKFLOW.isIn("open", problem.state)) return false;
  const overview = await getIndicatorOverview(actor, problem.countyId);
  if (!overview || overview.org.level !== "county") return false;
  return isFigureMetNow(problem, [
    ...countyCandidates(problem.countyId, overview.org.rows),
    ...schoolCandidates(problem.countyId, overview.schools, overview.standards),
  ]);
}
