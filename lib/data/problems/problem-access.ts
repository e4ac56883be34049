import "server-only";
import { inScope, problemScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFoundError } from "@/lib/errors";

/** The fields of a problem its audit records keep before and after a step. */
export const AUDITED_PROBLEM_FIELDS = {
  id: true,
  countyId: true,
  schoolId: true,
  itemKey: true,
  state: true,
  currentValue: true,
  returnReason: true,
} as const satisfies Prisma.ProblemSelect;

/**
 * A problem of the user's scope inside the caller's transaction, locked for the step (two officers submitting and
 * a reviewer accepting at once are ordered), or NOT_FOUND: a forged id from another scope looks like a missing one.
 */
export async function loadScopedProblem(tx: Prisma.TransactionClient, user: SessionUser, problemId: number) {
  const problem = await tx.problem.findFirst({
    where: inScope({ id: problemId }, problemScopeWhere(user)),
    select: AUDITED_PROBLEM_FIELDS,
  });
  if (!problem) throw notFoundError();
  await tx.$executeRaw`SELECT 1 FROM problems WHERE id = ${problem.id} FOR UPDATE`;
  // Read again under the lock: the state a concurrent step left is the one this step decides from.
  return tx.problem.findUniqueOrThrow({ where: { id: problem.id }, select: AUDITED_PROBLEM_FIELDS });
}
