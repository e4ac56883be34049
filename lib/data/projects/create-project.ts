import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { forbiddenError } from "@/lib/errors";
import type { ProjectPlanInput } from "@/lib/schemas/projects";
import { assertProjectSchool, AUDITED_PROJECT_FIELDS } from "./project-access";

/**
 * Enters a project of the officer's own county (the county is never read from the input), planned, with nothing
 * received, spent or done yet: its state moves through progress updates, each with a note (decision 0021).
 */
export async function createProject(actor: SessionUser, input: ProjectPlanInput) {
  assertCan(actor, "projects:edit");
  const scope = scopeOf(actor);
  if (scope?.level !== "county") throw forbiddenError();
  return db().$transaction(async (tx) => {
    await assertProjectSchool(tx, scope.countyId, input.schoolId);
    const project = await tx.project.create({
      data: { ...input, schoolId: input.schoolId ?? null, countyId: scope.countyId },
      select: AUDITED_PROJECT_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "project",
      entityId: project.id,
      after: project,
    });
    return project;
  });
}
