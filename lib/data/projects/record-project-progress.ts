import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { staleRecordError } from "@/lib/data/audit/versioned-write";
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
  { id, version, note, ...state }: ProjectProgressInput,
) {
  assertCan(actor, "projects:edit");
  return appendUpdate(actor, { id, version }, "progress", state.status, note, {
    ...state,
    actualStart: state.actualStart ?? null,
    actualFinish: state.actualFinish ?? null,
  });
}

/** 取消: a project not completed is cancelled, the reason as the update's note; it keeps its money and dates. */
export async function cancelProject(actor: SessionUser, { id, version, note }: CancelProjectInput) {
  assertCan(actor, "projects:edit");
  return appendUpdate(actor, { id, version }, "cancel", "CANCELLED", note, {});
}

/**
 * Every update names the version of the project it was written against (decision 0023): of two officers updating
 * one project at once, the second is refused with the first one's change instead of overwriting it. An update
 * always appends its note, so one that changes nothing else is still written.
 */
async function appendUpdate(
  actor: SessionUser,
  { id: projectId, version: readVersion }: { id: number; version: number },
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
    // What the stale refusal compares with the row: amounts as numbers, as the stored decimals compare.
    const sent = {
      ...state,
      status,
      ...(state.fundsReceived !== undefined && { fundsReceived: Number(state.fundsReceived) }),
      ...(state.spent !== undefined && { spent: Number(state.spent) }),
    };
    if (before.version !== readVersion) throw await staleRecordError(tx, "project", before, sent);
    const to = PROJECT_WORKFLOW.transition(REPORT_ACTION_OF_STATUS[status], { state: before.status });
    const { count } = await tx.project.updateMany({
      where: { id: projectId, version: readVersion },
      data: { ...state, status: to, version: { increment: 1 } },
    });
    const after = await tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: AUDITED_PROJECT_FIELDS,
    });
    if (count === 0) throw await staleRecordError(tx, "project", after, sent);
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
