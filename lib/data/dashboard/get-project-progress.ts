import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { ProjectCategory, ProjectStatus } from "@/lib/generated/prisma/enums";
import { overdueProjectWhere } from "@/lib/indicators/projects";
import { businessDay } from "@/lib/utils/periods";

export interface ProjectProgress {
  byCategory: {
    category: ProjectCategory;
    counts: Record<ProjectStatus, number>;
    budget: number;
    spent: number;
  }[];
  /** Not started by their planned start, or not finished by their planned finish, as of today (isProjectOverdue) */
  delayed: number;
}

/** The county's construction, renovation, equipment and IT projects by category and status. Null out of scope. */
export async function getProjectProgress(
  user: Viewer,
  countyId: number,
  asOf: Date = businessDay(new Date()),
): Promise<ProjectProgress | null> {
  assertCan(user, "dashboard:view");
  const county = await db().county.findFirst({
    where: inScope({ id: countyId }, countyScopeWhere(user)),
    select: { id: true },
  });
  if (!county) return null;
  const [groups, delayed] = await Promise.all([
    db().project.groupBy({
      by: ["category", "status"],
      where: { countyId: county.id },
      _count: { _all: true },
      _sum: { budget: true, spent: true },
      orderBy: [{ category: "asc" }, { status: "asc" }],
    }),
    db().project.count({
      where: { countyId: county.id, ...overdueProjectWhere(asOf) },
    }),
  ]);
  const categories = [...new Set(groups.map((group) => group.category))];
  return {
    delayed,
    byCategory: categories.map((category) => {
      const own = groups.filter((group) => group.category === category);
      const counts = { PLANNED: 0, IN_PROGRESS: 0, COMPLETED: 0, CANCELLED: 0 };
      for (const group of own) counts[group.status] = group._count._all;
      return {
        category,
        counts,
        budget: own.reduce((total, group) => total + (group._sum.budget?.toNumber() ?? 0), 0),
        spent: own.reduce((total, group) => total + (group._sum.spent?.toNumber() ?? 0), 0),
      };
    }),
  };
}
