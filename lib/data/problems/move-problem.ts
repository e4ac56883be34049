import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { unsafeAttachEvidence } from "@/lib/data/evidence/evidence-access";
import { forbiddenError } from "@/lib/errors";
import { checkEvidenceFiles } from "@/lib/files/check-evidence";
import type { ProblemProgressInput, ProblemStepInput } from "@/lib/schemas/problems";
import { isAcceptingLevel, PROBLEM_WORKFLOW, type ProblemAction } from "@/lib/workflows/problems";
import { loadScopedProblem } from "./problem-access";

/**
 * One step of a problem in its own transaction: permission, scope (a forged id finds nothing), the workflow's
 * decision for the state and the user's level, then the write, its history row and its audit record together.
 */
async function stepProblem(
  actor: SessionUser,
  action: ProblemAction,
  input: { id: number; note: string; value?: number; files?: File[] },
) {
  assertCan(actor, PROBLEM_WORKFLOW.permissionOf(action));
  const scope = scopeOf(actor);
  // Province users work no problem of a city's ledger (docs/decisions/0038).
  if (!scope || scope.level === "province") throw forbiddenError();
  // Read and checked before anything is written: a file of the wrong kind refuses the whole update.
  const files = await checkEvidenceFiles(input.files ?? []);
  return db().$transaction(async (tx) => {
    const before = await loadScopedProblem(tx, actor, input.id);
    const accepts = isAcceptingLevel(scope.level, before);
    // Accepting is an authority, not a state: the county cannot close its own problem and the city does not close a
    // school's, whatever state it is in. Refused as forbidden before the state is looked at.
    if (PROBLEM_WORKFLOW.permissionOf(action) === "problems:accept" && !accepts) throw forbiddenError();
    const state = PROBLEM_WORKFLOW.transition(action, { state: before.state, isAcceptingLevel: accepts });
    const after = await tx.problem.update({
      where: { id: before.id },
      data: {
        state,
        ...(input.value !== undefined && { currentValue: input.value }),
        ...(action === "return" && { returnReason: input.note }),
        ...(action === "accept" && { acceptedAt: new Date(), returnReason: null }),
      },
      select: { id: true, state: true, currentValue: true, returnReason: true },
    });
    const event = await tx.problemEvent.create({
      select: { id: true },
      data: {
        problemId: before.id,
        action,
        fromState: before.state,
        toState: state,
        note: input.note,
        value: input.value ?? null,
        actorId: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      action,
      entity: "problem",
      entityId: before.id,
      countyId: before.countyId,
      before,
      after: { ...after, note: input.note },
    });
    await unsafeAttachEvidence(tx, actor, { problemId: before.id, eventId: event.id }, files);
    return after;
  });
}

/** 开始整改 (or resume after a return): the county. */
export const startProblem = (actor: SessionUser, input: ProblemStepInput) =>
  stepProblem(actor, "start", input);

/** 报送进展: a note, if measured the figure now, and its evidence files. */
export const reportProblemProgress = (actor: SessionUser, input: ProblemProgressInput) =>
  stepProblem(actor, "report", input);

/** 申请销号: the county asks the level above to accept the fix. */
export const submitProblem = (actor: SessionUser, input: ProblemStepInput) =>
  stepProblem(actor, "submit", input);

/** 验收销号: the level above the unit concerned closes the problem. */
export const acceptProblem = (actor: SessionUser, input: ProblemStepInput) =>
  stepProblem(actor, "accept", input);

/** 退回整改: the level above sends it back with the reason. */
export const returnProblem = (actor: SessionUser, input: ProblemStepInput) =>
  stepProblem(actor, "return", input);
