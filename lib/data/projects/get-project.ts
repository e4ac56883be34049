import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, projectScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { isProjectOverdue } from "@/lib/indicators/projects";
import { businessDay } from "@/lib/utils/periods";
import { AUDITED_PROJECT_FIELDS } from "./project-access";

/** A project of the user's scope with its school, county and every update (newest first); null out of scope. */
export async function getProject(
  actor: SessionUser,
  projectId: number,
  today: Date = businessDay(new Date()),
) {
  assertCan(actor, "projects:view");
  const project = await db().project.findFirst({
    where: inScope({ id: projectId }, projectScopeWhere(actor)),
    select: {
      ...AUDITED_PROJECT_FIELDS,
      school: { select: { name: true } },
      county: { select: { name: true, nameEn: true } },
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          note: true,
          status: true,
          progress: true,
          fundsReceived: true,
          spent: true,
          createdAt: true,
          user: { select: { displayName: true, loginName: true } },
        },
      },
    },
  });
  if (!project) return null;
  return { ...project, isOverdue: isProjectOverdue(project, today) };
}
