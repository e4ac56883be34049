import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { loadManagedUser } from "./user-access";

/** Gives an account a new temporary password, unlocks it and ends its sessions. */
export async function resetUserPassword(
  manager: SessionUser,
  userId: number,
): Promise<{ temporaryPassword: string }> {
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db().$transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, userId);
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: new Date(),
      },
    });
    await tx.userSession.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, manager, {
      action: "reset_password",
      entity: "user",
      entityId: user.id,
      before: { lockedUntil: user.lockedUntil },
    });
  });
  return { temporaryPassword };
}
