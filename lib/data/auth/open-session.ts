import "server-only";
import { recordAudit, type AuditActor } from "@/lib/data/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The server-side session a successful sign-in opens, by password or by single sign-on alike (so that sign-out,
 * deactivation and idle or absolute expiry end both the same way), and its audit record, in the sign-in's
 * transaction. `details` say how the user signed in.
 */
export async function openSession(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  userAgent: string | null,
  details: Record<string, string> = {},
): Promise<{ ok: true; userId: number; sessionId: string }> {
  const session = await tx.userSession.create({
    data: { userId: actor.id, ip: actor.ip, userAgent: userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    action: "login",
    entity: "user",
    entityId: actor.id,
    after: { sessionId: session.id, ...details },
  });
  return { ok: true, userId: actor.id, sessionId: session.id };
}
