import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, projectScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isProjectOverdue, overdueProjectWhere } from "@/lib/indicators/projects";
import type { ProjectListQuery } from "@/lib/schemas/projects";
import { businessDay } from "@/lib/utils/periods";

/** Projects per page of the list. */
export const PROJECT_LIST_PAGE_SIZE = 30;

/**
 * The projects of the user's scope (a county officer: its county; city staff: every county of the city), filtered,
 * ordered and paged by the database, each flagged overdue (isProjectOverdue) and over budget, with the total of the
 * matches and of the overdue ones among them. A county filter outside the scope matches nothing.
 */
export async function listProjects(
  actor: SessionUser,
  query: ProjectListQuery,
  today: Date = businessDay(new Date()),
) {
  assertCan(actor, "projects:view");
  const where = inScope(listFilterWhere(query, today), projectScopeWhere(actor));
  const [rows, total, overdue] = await Promise.all([
    db().project.findMany({
      where,
      orderBy: LIST_ORDER[query.sort],
      skip: (query.page - 1) * PROJECT_LIST_PAGE_SIZE,
      take: PROJECT_LIST_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        category: true,
        status: true,
        progress: true,
        budget: true,
        fundsReceived: true,
        spent: true,
        plannedStart: true,
        plannedFinish: true,
        actualFinish: true,
        school: { select: { name: true } },
        county: { select: { name: true, nameEn: true } },
      },
    }),
    db().project.count({ where }),
    db().project.count({ where: inScope(where, overdueProjectWhere(today)) }),
  ]);
  return {
    total,
    overdue,
    rows: rows.map(({ budget, fundsReceived, spent, ...row }) => ({
      ...row,
      budget: budget.toNumber(),
      fundsReceived: fundsReceived.toNumber(),
      spent: spent.toNumber(),
      isOverdue: isProjectOverdue(row, today),
      isOverBudget: spent.gt(budget),
    })),
  };
}

function listFilterWhere(query: ProjectListQuery, today: Date): Prisma.ProjectWhereInput {
  const { q, county, category, status, overdue } = query;
  return {
    AND: [
      q ? { name: { contains: q, mode: "insensitive" } } : {},
      county ? { countyId: county } : {},
      category ? { category } : {},
      status ? { status } : {},
      overdue ? overdueProjectWhere(today) : {},
    ],
  };
}

/** Every order ends on the id, so that pages neither repeat nor skip a project between two with the same key. */
const LIST_ORDER = {
  finish: [{ plannedFinish: "asc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  budget: [{ budget: "desc" }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
} as const satisfies Record<ProjectListQuery["sort"], Prisma.ProjectOrderByWithRelationInput[]>;
