import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, problemScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { ProblemState } from "@/lib/generated/prisma/enums";

/** The 整改台账 of the user's scope for another system: filtered by county, school, item and state, in id order. */
export async function listProblemPage(
  user: SessionUser,
  filter: { countyId?: number; schoolId?: number; itemKey?: string; state?: ProblemState },
  page: { afterId?: number; take: number },
) {
  assertCan(user, "problems:view");
  return db().problem.findMany({
    where: inScope(
      {
        ...(page.afterId === undefined ? {} : { id: { gt: page.afterId } }),
        ...(filter.countyId ? { countyId: filter.countyId } : {}),
        ...(filter.schoolId ? { schoolId: filter.schoolId } : {}),
        ...(filter.itemKey ? { itemKey: filter.itemKey } : {}),
        ...(filter.state ? { state: filter.state } : {}),
      },
      problemScopeWhere(user),
    ),
    orderBy: { id: "asc" },
    take: page.take,
    select: {
      id: true,
      countyId: true,
      schoolId: true,
      source: true,
      itemKey: true,
      description: true,
      measures: true,
      responsibleUnit: true,
      responsiblePerson: true,
      deadline: true,
      state: true,
      valueAtTime: true,
      currentValue: true,
      createdAt: true,
      acceptedAt: true,
    },
  });
}
