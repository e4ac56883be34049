import "server-only";
import { inScope, projectScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** What an audit record of a project write holds, before and after. */
export const AUDITED_PROJECT_FIELDS = {
  id: true,
  countyId: true,
  schoolId: true,
  name: true,
  category: true,
  budget: true,
  fundsReceived: true,
  spent: true,
  plannedStart: true,
  plannedFinish: true,
  actualStart: true,
  actualFinish: true,
  status: true,
  progress: true,
  newPlaces: true,
  version: true,
} as const satisfies Prisma.ProjectSelect;

/**
 * A project of the user's scope inside the caller's transaction, or NOT_FOUND. Security: another county's id reads
 * as a missing project, so a forged id changes nothing and tells nothing.
 */
export async function loadScopedProject(tx: Tx, user: SessionUser, projectId: number) {
  const project = await tx.project.findFirst({
    where: inScope({ id: projectId }, projectScopeWhere(user)),
    select: AUDITED_PROJECT_FIELDS,
  });
  if (!project) throw notFoundError();
  return project;
}

/**
 * A project's school is one of its county's: another county's school, or none at all, is a field error. A project
 * keeps a school closed since it was entered (its record stays); a new choice must be an active school.
 */
export async function assertProjectSchool(
  tx: Tx,
  countyId: number,
  schoolId: number | undefined,
  keptSchoolId: number | null = null,
) {
  if (schoolId === undefined || schoolId === keptSchoolId) return;
  const school = await tx.school.findFirst({
    where: { id: schoolId, countyId, isActive: true },
    select: { id: true },
  });
  if (!school)
    throw new AppError("VALIDATION", {
      messageKey: "projects.schoolInvalid",
      details: { fieldErrors: { schoolId: [{ key: "projectSchool" }] } },
    });
}
