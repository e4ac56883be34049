import "server-only";
import type { ScopedUser } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { recordAudit } from "@/lib/data/audit/record-audit";

/** The signed-in user as every check sees it: role, scope and active flag as they are in the database now. */
export interface SessionUser extends ScopedUser {
  loginName: string;
  displayName: string;
  sessionId: string;
  mustChangePassword: boolean;
  /** Client address of the current request, for the audit log */
  ip: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** lastSeenAt is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Resolves a session id from the JWT to the current user, or null when the session was revoked, idled out
 * (SESSION_IDLE_MINUTES), outlived SESSION_MAX_HOURS, or its user was deactivated. An ended session is revoked so
 * that the same token never works again.
 */
export async function loadSessionUser(sessionId: string, ip: string | null): Promise<SessionUser | null> {
  if (!UUID.test(sessionId)) return null;
  const env = getEnv();
  const now = Date.now();
  const session = await db().userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          loginName: true,
          displayName: true,
          role: true,
          cityId: true,
          countyId: true,
          schoolId: true,
          isActive: true,
          mustChangePassword: true,
        },
      },
    },
  });
  if (!session || session.revokedAt) return null;

  const { user } = session;
  const endReason = !user.isActive
    ? "deactivated"
    : now - session.lastSeenAt.getTime() > env.SESSION_IDLE_MINUTES * 60_000
      ? "idle"
      : now - session.createdAt.getTime() > env.SESSION_MAX_HOURS * 3_600_000
        ? "max_age"
        : null;
  if (endReason) {
    await endSession(
      sessionId,
      { id: user.id, loginName: user.loginName, cityId: user.cityId, ip },
      `expired_${endReason}`,
    );
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    role: user.role,
    cityId: user.cityId,
    countyId: user.countyId,
    schoolId: user.schoolId,
    mustChangePassword: user.mustChangePassword,
    sessionId,
    ip,
  };
}

/** Revokes a session (sign-out or expiry) and audits it; a session already ended is left as it is. */
export async function endSession(
  sessionId: string,
  actor: { id: number; loginName: string; cityId: number; ip: string | null },
  reason: "logout" | "expired_idle" | "expired_max_age" | "expired_deactivated",
): Promise<void> {
  if (!UUID.test(sessionId)) return;
  await db().$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAudit(tx, actor, {
        action: reason === "logout" ? "logout" : "session_end",
        entity: "user",
        entityId: actor.id,
        after: { reason },
      });
    }
  });
}

/** Signs out through the session id alone (the sign-out event carries only the token). */
export async function endSessionById(sessionId: string, ip: string | null): Promise<void> {
  if (!UUID.test(sessionId)) return;
  const session = await db().userSession.findUnique({
    where: { id: sessionId },
    select: { user: { select: { id: true, loginName: true, cityId: true } } },
  });
  if (session) await endSession(sessionId, { ...session.user, ip }, "logout");
}
