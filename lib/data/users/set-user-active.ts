import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { loadManagedUser } from "./user-access";

/** Deactivates (ending every session at once) or reactivates an account. */
export async function setUserActive(manager: SessionUser, userId: number, isActive: boolean): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, userId);
    if (user.isActive === isActive) return;
    await tx.user.update({ where: { id: user.id }, data: { isActive } });
    if (!isActive) {
      await tx.userSession.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    }
    await recordAudit(tx, manager, {
      action: isActive ? "reactivate" : "deactivate",
      entity: "user",
      entityId: user.id,
      before: { isActive: user.isActive },
      after: { isActive },
    });
  });
}

/** Lifts a lockout before it runs out. */
export async function unlockUser(manager: SessionUser, userId: number): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, userId);
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null, failedLoginCount: 0 } });
    await recordAudit(tx, manager, {
      action: "unlock",
      entity: "user",
      entityId: user.id,
      before: { lockedUntil: user.lockedUntil },
    });
  });
}
