import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInAttempts } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { openSession } from "./open-session";

export type AuthenticationResult =
  { ok: true; userId: number; sessionId: string } | { ok: false; reason: "invalid" | "locked" };

// Every refusal verifies a password hash of the same cost, so that a locked, throttled or unknown account takes as
// long to refuse as a wrong password: timing does not reveal which login names exist or are locked.
let decoyHash: Promise<string> | undefined;
async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword("decoy-password-for-timing");
  await verifyPassword(await decoyHash, password);
}

/**
 * Checks a login name and password. After LOGIN_MAX_FAILURES failures in a row the account is locked for
 * LOGIN_LOCK_MINUTES, even against the right password; the limit holds under parallel attempts, because each
 * attempt takes its place in the count atomically in the database before its password is checked. Unknown names
 * and client addresses are counted by the sign-in attempt counter (shared through Redis across instances), so the
 * lock message does not reveal whether an account exists. Every outcome is audited.
 */
export async function authenticateWithPassword(input: {
  loginName: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}): Promise<AuthenticationResult> {
  const env = getEnv();
  const loginName = input.loginName.trim();
  const lockSeconds = env.LOGIN_LOCK_MINUTES * 60;
  const addressKey = input.ip ? `address:${input.ip}` : null;
  const countAddressFailure = () => (addressKey ? signInAttempts.hit(addressKey, lockSeconds) : null);

  if (addressKey && (await signInAttempts.count(addressKey)) >= env.LOGIN_MAX_FAILURES_PER_ADDRESS) {
    await verifyDecoy(input.password);
    await db().$transaction((tx) =>
      recordAudit(tx, null, {
        actorLogin: loginName,
        ip: input.ip,
        action: "login_refused_address",
        entity: "user",
        cityId: null,
      }),
    );
    return { ok: false, reason: "locked" };
  }

  const user = await db().user.findUnique({
    where: { loginName },
    select: { id: true, cityId: true, passwordHash: true, isActive: true },
  });
  const now = new Date();
  // The attempt takes its place in the count before its password is checked: of any number of parallel attempts,
  // at most LOGIN_MAX_FAILURES get a place, and the rest are refused as locked without a check. An expired lock
  // starts the count again; a successful sign-in resets it. Run for unknown names too (it matches no row), so that
  // every attempt takes the same steps and as long.
  const [place] = await db().$queryRaw<{ attempt: number }[]>`
    UPDATE users
    SET failed_login_count =
          CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN 1 ELSE failed_login_count + 1 END,
        locked_until = CASE WHEN locked_until <= ${now} THEN NULL ELSE locked_until END
    WHERE login_name = ${loginName}
      AND (locked_until IS NULL OR locked_until <= ${now})
      AND failed_login_count < ${env.LOGIN_MAX_FAILURES}
    RETURNING failed_login_count AS attempt`;

  if (!user) {
    await verifyDecoy(input.password);
    const [failures] = await Promise.all([
      signInAttempts.hit(`login:${loginName}`, lockSeconds),
      countAddressFailure(),
    ]);
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
    return { ok: false, reason: failures >= env.LOGIN_MAX_FAILURES ? "locked" : "invalid" };
  }

  const actor = { id: user.id, loginName, cityId: user.cityId, ip: input.ip };
  if (!place) {
    await verifyDecoy(input.password);
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "login_refused_locked", entity: "user", entityId: user.id }),
    );
    return { ok: false, reason: "locked" };
  }

  const passwordMatches = await verifyPassword(user.passwordHash, input.password);
  if (!passwordMatches || !user.isActive) {
    if (!passwordMatches) await countAddressFailure();
    return db().$transaction(async (tx) => {
      if (!passwordMatches) {
        const failures = place.attempt;
        await recordAudit(tx, actor, {
          action: "login_failed",
          entity: "user",
          entityId: user.id,
          after: { failures },
        });
        if (failures >= env.LOGIN_MAX_FAILURES) {
          const lockedUntil = new Date(now.getTime() + lockSeconds * 1000);
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
    return openSession(tx, actor, input.userAgent);
  });
}
