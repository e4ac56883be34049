import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, problemScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProblemState } from "@/lib/generated/prisma/enums";
import type { ProblemListQuery } from "@/lib/schemas/problems";
import { businessDay } from "@/lib/utils/periods";
import { PROBLEM_STATES, PROBLEM_WORKFLOW } from "@/lib/workflows/problems";

/** Problems per page of the ledger. */
export const PROBLEM_LIST_PAGE_SIZE = 30;

/**
 * The 整改台账 of the user's scope (city: every county's; county: its own and its schools'), filtered, ordered by
 * deadline and paged by the database, with the total and the count of each state under the same filters (the
 * state filter aside, so the counts show where the filtered problems stand).
 */
export async function listProblems(actor: SessionUser, query: ProblemListQuery, today = new Date()) {
  assertCan(actor, "problems:view");
  const filters = filterWhere(query, businessDay(today));
  const scope = problemScopeWhere(actor);
  const where = inScope({ AND: [filters, query.state ? { state: query.state } : {}] }, scope);
  const [rows, total, byState] = await Promise.all([
    db().problem.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PROBLEM_LIST_PAGE_SIZE,
      take: PROBLEM_LIST_PAGE_SIZE,
      select: {
        id: true,
        source: true,
        itemKey: true,
        description: true,
        measures: true,
        responsibleUnit: true,
        responsiblePerson: true,
        deadline: true,
        state: true,
        county: { select: { name: true, nameEn: true } },
        school: { select: { name: true } },
      },
    }),
    db().problem.count({ where }),
    db().problem.groupBy({ by: ["state"], where: inScope(filters, scope), _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(PROBLEM_STATES.map((state) => [state, 0])) as Record<
    ProblemState,
    number
  >;
  for (const group of byState) counts[group.state] = group._count._all;
  return { rows, total, counts };
}

/** Rows of the ledger's Excel export: every problem under the ledger's filters (no page), with its latest progress. */
export const PROBLEM_EXPORT_LIMIT = 10_000;

/**
 * The ledger under the same filters and order as the page, every row up to PROBLEM_EXPORT_LIMIT, with the note of
 * the latest progress report, for the export in the layout bureaus keep (序号, 问题, 责任单位, 整改措施, 完成时限,
 * 进展, 状态).
 */
export async function listProblemExport(actor: SessionUser, query: ProblemListQuery, today = new Date()) {
  assertCan(actor, "problems:view");
  const filters = filterWhere(query, businessDay(today));
  return db().problem.findMany({
    where: inScope({ AND: [filters, query.state ? { state: query.state } : {}] }, problemScopeWhere(actor)),
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: PROBLEM_EXPORT_LIMIT,
    select: {
      description: true,
      measures: true,
      responsibleUnit: true,
      responsiblePerson: true,
      deadline: true,
      state: true,
      county: { select: { name: true, nameEn: true } },
      school: { select: { name: true } },
      events: {
        where: { action: "report" },
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: 1,
        select: { note: true, at: true },
      },
    },
  });
}

function filterWhere(query: ProblemListQuery, today: Date): Prisma.ProblemWhereInput {
  return {
    ...(query.source && { source: query.source }),
    ...(query.county && { countyId: query.county }),
    ...(query.item && { itemKey: { contains: query.item, mode: "insensitive" } }),
    ...(query.overdue && overdueProblemWhere(today)),
  };
}

/** Overdue: past its deadline and not yet accepted (the ledger's filter and the dashboards' count). */
export function overdueProblemWhere(today: Date): Prisma.ProblemWhereInput {
  return { deadline: { lt: today }, state: { in: [...PROBLEM_WORKFLOW.sets.open] } };
}
