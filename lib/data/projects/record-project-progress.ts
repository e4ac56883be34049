import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import type { CancelProjectInput, ProjectProgressInput } from "@/lib/schemas/projects";
import { PROJECT_WORKFLOW, REPORT_ACTION_OF_STATUS } from "@/lib/workflows/projects";
import { AUDITED_PROJECT_FIELDS, loadScopedProject } from "./project-access";

/**
 * 进度更新: sets a project's status, progress, money and actual days as the update says and appends the update,
 * with its note, to the project's history, in one transaction with the audit record. The status must be one the
 * project may move to (lib/workflows/projects.ts).
 */
export async function recordProjectProgress(
  actor: SessionUser,
  { id, note, ...state }: ProjectProgressInput,
) {
  assertCan(actor, "projects:edit");
  return appendUpdate(actor, id, "progress", state.status, note, {
    ...state,
    actualStart: state.actualStart ?? null,
    actualFinish: state.actualFinish ?? null,
  });
}

/** 取消: a project not completed is cancelled, the reason as the update's note; it keeps its money and dates. */
export async function cancelProject(actor: SessionUser, { id, note }: CancelProjectInput) {
  assertCan(actor, "projects:edit");
  return appendUpdate(actor, id, "cancel", "CANCELLED", note, {});
}

async function appendUpdate(
  actor: SessionUser,
  projectId: number,
  action: "progress" | "cancel",
  status: ProjectStatus,
  note: string,
  state: {
    progress?: number;
    fundsReceived?: string;
    spent?: string;
    actualStart?: Date | null;
    actualFinish?: Date | null;
  },
) {
  return db().$transaction(async (tx) => {
    const before = await loadScopedProject(tx, actor, projectId);
    const to = PROJECT_WORKFLOW.transition(REPORT_ACTION_OF_STATUS[status], { state: before.status });
    const after = await tx.project.update({
      where: { id: projectId },
      data: { ...state, status: to },
      select: AUDITED_PROJECT_FIELDS,
    });
    await tx.projectUpdate.create({
      data: {
        projectId,
        note,
        status: after.status,
        progress: after.progress,
        fundsReceived: after.fundsReceived,
        spent: after.spent,
        userId: actor.id,
      },
    });
    await recordAudit(tx, actor, { action, entity: "project", entityId: projectId, before, after });
    return after;
  });
}
