import "server-only";
import { hashApiToken, isApiTokenShape, TOKEN_TOUCH_INTERVAL_MS } from "@/lib/api/token";
import { SESSION_USER_FIELDS, type SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

export interface ApiCaller {
  tokenId: number;
  /** The token's account, exactly as a session resolves a signed-in user: every check and scope reads it. */
  user: SessionUser;
}

/**
 * Resolves a bearer token to its account, read fresh on every call, or null when the token is unknown, revoked or
 * expired, or its account was deactivated: a revoked token is refused from its very next call.
 */
export async function authenticateApiToken(token: string, ip: string | null): Promise<ApiCaller | null> {
  if (!isApiTokenShape(token)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { ...SESSION_USER_FIELDS, isActive: true } },
    },
  });
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now || !row.user.isActive) return null;
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > TOKEN_TOUCH_INTERVAL_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const { isActive: _isActive, ...user } = row.user;
  return {
    tokenId: row.id,
    user: { ...user, sessionId: `api-token:${row.id}`, mustChangePassword: false, ip },
  };
}
