import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** One account of the manager's city for the edit page, or null (also for other cities' accounts). */
export async function getManagedUser(actor: SessionUser, userId: number) {
  assertCan(actor, "users:manage");
  const user = await db().user.findFirst({
    where: inScope({ id: userId }, cityRowsWhere(actor)),
    select: {
      id: true,
      loginName: true,
      displayName: true,
      email: true,
      role: true,
      countyId: true,
      schoolId: true,
      isActive: true,
      mustChangePassword: true,
      lockedUntil: true,
      lastLoginAt: true,
      createdAt: true,
      externalIdentities: {
        select: { id: true, issuer: true, subject: true, createdAt: true, lastLoginAt: true },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!user) return null;
  return {
    ...user,
    isLocked: user.lockedUntil !== null && user.lockedUntil > new Date(),
    isSelf: user.id === actor.id,
  };
}
