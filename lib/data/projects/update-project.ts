import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { UpdateProjectInput } from "@/lib/schemas/projects";
import { assertProjectSchool, AUDITED_PROJECT_FIELDS, loadScopedProject } from "./project-access";

/** Corrects the plan of a project of the officer's county (name, category, school, budget, planned days, places). */
export async function updateProject(actor: SessionUser, { id, ...input }: UpdateProjectInput) {
  assertCan(actor, "projects:edit");
  return db().$transaction(async (tx) => {
    const before = await loadScopedProject(tx, actor, id);
    await assertProjectSchool(tx, before.countyId, input.schoolId, before.schoolId);
    const after = await tx.project.update({
      where: { id },
      data: { ...input, schoolId: input.schoolId ?? null },
      select: AUDITED_PROJECT_FIELDS,
    });
    await recordAudit(tx, actor, { action: "update", entity: "project", entityId: id, before, after });
    return after;
  });
}
