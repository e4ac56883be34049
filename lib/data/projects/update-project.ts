import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { updateVersioned } from "@/lib/data/audit/versioned-write";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { UpdateProjectInput } from "@/lib/schemas/projects";
import { assertProjectSchool, AUDITED_PROJECT_FIELDS, loadScopedProject } from "./project-access";

/**
 * Corrects the plan of a project of the officer's county (name, category, school, budget, planned days, places), if
 * it is still at the version the form read (decision 0023).
 */
export async function updateProject(
  actor: SessionUser,
  { id, version: readVersion, ...input }: UpdateProjectInput,
) {
  assertCan(actor, "projects:edit");
  const values = { ...input, schoolId: input.schoolId ?? null };
  return db().$transaction(async (tx) => {
    const before = await loadScopedProject(tx, actor, id);
    await assertProjectSchool(tx, before.countyId, input.schoolId, before.schoolId);
    return updateVersioned(tx, actor, {
      entity: "project",
      before,
      readVersion,
      // Compared as the stored decimals are (as numbers); the text is what is written, unrounded.
      values: { ...values, budget: Number(values.budget) },
      update: () =>
        tx.project.updateMany({
          where: { id, version: readVersion },
          data: { ...values, version: { increment: 1 } },
        }),
      reload: () => tx.project.findUniqueOrThrow({ where: { id }, select: AUDITED_PROJECT_FIELDS }),
    });
  });
}
