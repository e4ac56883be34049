import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { recordAudit } from "@/lib/data/audit/record-audit";

export type AuthenticationResult =
  { ok: true; userId: number; sessionId: string } | { ok: false; reason: "invalid" | "locked" };

// Verifying against a throw-away hash when the login name is unknown keeps the response time the same, so timing
// does not reveal which login names exist.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a login name and password. After LOGIN_MAX_FAILURES failures in a row the account is locked for
 * LOGIN_LOCK_MINUTES, even against the right password. Unknown names are throttled the same way (counted in the
 * audit log) so that the lock message does not reveal whether an account exists. Every outcome is audited.
 */
export async function authenticateWithPassword(input: {
  loginName: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}): Promise<AuthenticationResult> {
  const env = getEnv();
  const loginName = input.loginName.trim();
  const now = new Date();
  const lockWindowStart = new Date(now.getTime() - env.LOGIN_LOCK_MINUTES * 60_000);
  const user = await db().user.findUnique({
    where: { loginName },
    select: { id: true, cityId: true, passwordHash: true, isActive: true, lockedUntil: true },
  });

  if (!user) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, input.password);
    const recentFailures = await db().auditLog.count({
      where: { actorId: null, actorLogin: loginName, action: "login_failed", at: { gte: lockWindowStart } },
    });
    await db().$transaction((tx) =>
      recordAudit(tx, null, {
        actorLogin: loginName,
        ip: input.ip,
        action: "login_failed",
        entity: "user",
        cityId: null,
        after: { reason: "unknown_login" },
      }),
    );
    return { ok: false, reason: recentFailures + 1 >= env.LOGIN_MAX_FAILURES ? "locked" : "invalid" };
  }

  const actor = { id: user.id, loginName, cityId: user.cityId, ip: input.ip };
  if (user.lockedUntil && user.lockedUntil > now) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, {
        action: "login_refused_locked",
        entity: "user",
        entityId: user.id,
        after: { lockedUntil: user.lockedUntil },
      }),
    );
    return { ok: false, reason: "locked" };
  }

  const passwordMatches = await verifyPassword(user.passwordHash, input.password);
  if (!passwordMatches || !user.isActive) {
    return db().$transaction(async (tx) => {
      if (!passwordMatches) {
        // Incremented in SQL so that concurrent attempts cannot lose a count.
        const [counted] = await tx.$queryRaw<{ failed_login_count: number }[]>`
          UPDATE users SET failed_login_count = failed_login_count + 1 WHERE id = ${user.id} RETURNING failed_login_count`;
        const failures = counted?.failed_login_count ?? env.LOGIN_MAX_FAILURES;
        await recordAudit(tx, actor, {
          action: "login_failed",
          entity: "user",
          entityId: user.id,
          after: { failures },
        });
        if (failures >= env.LOGIN_MAX_FAILURES) {
          const lockedUntil = new Date(now.getTime() + env.LOGIN_LOCK_MINUTES * 60_000);
          await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
          await recordAudit(tx, actor, {
            action: "lockout",
            entity: "user",
            entityId: user.id,
            after: { lockedUntil, failures },
          });
          return { ok: false, reason: "locked" } as const;
        }
      } else {
        // Deactivated accounts get the same answer as a wrong password.
        await recordAudit(tx, actor, { action: "login_refused_inactive", entity: "user", entityId: user.id });
      }
      return { ok: false, reason: "invalid" } as const;
    });
  }

  return db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const session = await tx.userSession.create({
      data: { userId: user.id, ip: input.ip, userAgent: input.userAgent?.slice(0, 300) ?? null },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "login",
      entity: "user",
      entityId: user.id,
      after: { sessionId: session.id },
    });
    return { ok: true, userId: user.id, sessionId: session.id } as const;
  });
}
