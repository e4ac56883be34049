import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { UpdateOwnEmailInput } from "@/lib/schemas/users";

/** The signed-in user's own e-mail address (empty: none), where their notices are also sent (decision 0042). */
export async function getOwnEmail(actor: SessionUser): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
  return user.email ?? "";
}

/** Sets or (blank) removes the signed-in user's own e-mail address, audited. */
export async function updateOwnEmail(actor: SessionUser, input: UpdateOwnEmailInput): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
    await tx.user.update({ where: { id: actor.id }, data: { email: input.email ?? null } });
    await recordAudit(tx, actor, {
      action: "update",
      entity: "user",
      entityId: actor.id,
      before,
      after: { email: input.email ?? null },
    });
  });
}
