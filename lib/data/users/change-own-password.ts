import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Changes the signed-in user's password after checking the current one; other sessions of the user end. */
export async function changeOwnPassword(
  actor: SessionUser,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, loginName: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", {
      details: { fieldErrors: { currentPassword: [{ key: "currentPasswordWrong" }] } },
    });
  }
  if (input.newPassword.toLowerCase().includes(user.loginName.toLowerCase())) {
    throw new AppError("VALIDATION", {
      details: { fieldErrors: { newPassword: [{ key: "passwordContainsLogin" }] } },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() },
    });
    await tx.userSession.updateMany({
      where: { userId: actor.id, revokedAt: null, id: { not: actor.sessionId } },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, actor, { action: "change_password", entity: "user", entityId: actor.id });
  });
}
