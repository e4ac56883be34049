import "server-only";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * A pending proposal of a school in the user's scope, locked for the decision, or NOT_FOUND. Security: a proposal
 * of another county's school reads as missing, so a forged id changes nothing and tells nothing.
 */
export async function loadPendingProposal(tx: Tx, user: SessionUser, proposalId: number) {
  const proposal = await tx.schoolProposal.findFirst({
    where: { id: proposalId, school: inScope({}, schoolScopeWhere(user)) },
    select: { id: true, schoolId: true, proposedById: true, changes: true, baseUpdatedAt: true, state: true },
  });
  if (!proposal) throw notFoundError();
  // Two deciders racing: the row lock orders them and the second finds the proposal decided.
  await tx.$queryRaw`SELECT id FROM school_proposals WHERE id = ${proposal.id} FOR UPDATE`;
  const { state } = await tx.schoolProposal.findUniqueOrThrow({
    where: { id: proposal.id },
    select: { state: true },
  });
  if (state !== "PENDING") throw new AppError("INVALID_STATE", { messageKey: "schoolProposals.notPending" });
  return proposal;
}
