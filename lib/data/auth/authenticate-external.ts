import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db";
import { openSession } from "./open-session";

export type ExternalAuthenticationResult =
  { ok: true; userId: number; sessionId: string } | { ok: false; reason: "unlinked" | "locked" | "inactive" };

/** Audit columns are 64 characters; a subject may be longer (it is kept whole in the record's details). */
const AUDIT_LOGIN_LENGTH = 64;

/**
 * Signs in a person the OpenID Connect provider has verified (docs/decisions/0029). Only an identity an admin
 * linked to an account gets in, and it signs in as that account: role and scope are the account's, never the
 * provider's claims. A locked or deactivated account is refused as with a password. The session is the same
 * server-side session a password sign-in creates. Every outcome is audited.
 */
export async function authenticateWithExternalIdentity(input: {
  issuer: string;
  subject: string;
  ip: string | null;
  userAgent: string | null;
}): Promise<ExternalAuthenticationResult> {
  const identity = await db().externalIdentity.findUnique({
    where: { issuer_subject: { issuer: input.issuer, subject: input.subject } },
    select: {
      id: true,
      user: { select: { id: true, loginName: true, cityId: true, isActive: true, lockedUntil: true } },
    },
  });

  if (!identity) {
    // Nobody's city: like a failed sign-in with an unknown login name, the record names what was tried.
    await db().$transaction((tx) =>
      recordAudit(tx, null, {
        actorLogin: input.subject.slice(0, AUDIT_LOGIN_LENGTH),
        ip: input.ip,
        action: "login_refused_unlinked",
        entity: "user",
        cityId: null,
        after: { issuer: input.issuer, subject: input.subject },
      }),
    );
    return { ok: false, reason: "unlinked" };
  }

  const { user } = identity;
  const actor = { id: user.id, loginName: user.loginName, cityId: user.cityId, ip: input.ip };
  const now = new Date();
  const via = { method: "oidc", issuer: input.issuer };
  if (user.lockedUntil && user.lockedUntil > now) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, {
        action: "login_refused_locked",
        entity: "user",
        entityId: user.id,
        after: via,
      }),
    );
    return { ok: false, reason: "locked" };
  }
  if (!user.isActive) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, {
        action: "login_refused_inactive",
        entity: "user",
        entityId: user.id,
        after: via,
      }),
    );
    return { ok: false, reason: "inactive" };
  }

  return db().$transaction(async (tx) => {
    // The failed-password count is left as it is: signing in elsewhere does not forgive guesses at the password.
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await tx.externalIdentity.update({ where: { id: identity.id }, data: { lastLoginAt: now } });
    return openSession(tx, actor, input.userAgent, via);
  });
}
