import "server-only";
import type { ScopedUser } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** A SessionUser's fields of its users row (a session adds its id and the client's address). */
export const SESSION_USER_FIELDS = {
  id: true,
  loginName: true,
  displayName: true,
  role: true,
  provinceId: true,
  cityId: true,
  countyId: true,
  schoolId: true,
  mustChangePassword: true,
} as const satisfies Prisma.UserSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** lastSeenAt is written at most once a minute per session, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/** The session and its user as one statement reads them. */
interface SessionRow {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  isActive: boolean;
  user: Omit<SessionUser, "sessionId" | "ip">;
  dataVersion: string;
  countyDataVersion: string | null;
}

/** The data versions a request's pages key their shared sections by (lib/data/indicators/data-version.ts). */
export interface SessionDataVersions {
  /** The user's city's ("0" for a province user, who has no city: the province page keys by each city's own) */
  city: string;
  /** The user's county's, for county officers, principals and county leaders; null for city users */
  county: string | null;
}

/**
 * Resolves a session id from the JWT to the current user, or null when the session was revoked, idled out
 * (SESSION_IDLE_MINUTES), outlived SESSION_MAX_HOURS, or its user was deactivated. An ended session is revoked so
 * that the same token never works again.
 */
export async function loadSessionUser(sessionId: string, ip: string | null): Promise<SessionUser | null> {
  return (await loadSessionUserAndDataVersion(sessionId, ip))?.user ?? null;
}

/**
 * The session's user, as loadSessionUser, and the data versions of the user's own city and county (data-version.ts),
 * read in one statement: every request checks its session, and the dashboards' shared sections are keyed by them.
 */
export async function loadSessionUserAndDataVersion(
  sessionId: string,
  ip: string | null,
): Promise<{ user: SessionUser; dataVersions: SessionDataVersions } | null> {
  if (!UUID.test(sessionId)) return null;
  const env = getEnv();
  const now = Date.now();
  const [session] = await db().$queryRaw<SessionRow[]>`
    SELECT s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.revoked_at AS "revokedAt",
           u.is_active AS "isActive",
           json_build_object('id', u.id, 'loginName', u.login_name, 'displayName', u.display_name, 'role', u.role,
                             'provinceId', u.province_id, 'cityId', u.city_id, 'countyId', u.county_id, 'schoolId', u.school_id,
                             'mustChangePassword', u.must_change_password) AS "user",
           COALESCE(v.version, 0)::text AS "dataVersion",
           CASE WHEN u.county_id IS NOT NULL
                THEN COALESCE(v.shared_version, 0)::text || '.' || COALESCE(c.version, 0)::text END
             AS "countyDataVersion"
    FROM user_sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN data_versions v ON v.city_id = u.city_id
    LEFT JOIN county_data_versions c ON c.county_id = u.county_id
    WHERE s.id = ${sessionId}::uuid`;
  if (!session || session.revokedAt) return null;

  const endReason = !session.isActive
    ? "deactivated"
    : now - session.lastSeenAt.getTime() > env.SESSION_IDLE_MINUTES * 60_000
      ? "idle"
      : now - session.createdAt.getTime() > env.SESSION_MAX_HOURS * 3_600_000
        ? "max_age"
        : null;
  if (endReason) {
    await endSession(
      sessionId,
      { id: session.user.id, loginName: session.user.loginName, cityId: session.user.cityId, ip },
      `expired_${endReason}`,
    );
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    user: { ...session.user, sessionId, ip },
    dataVersions: { city: session.dataVersion, county: session.countyDataVersion },
  };
}

/** Revokes a session (sign-out or expiry) and audits it; a session already ended is left as it is. */
export async function endSession(
  sessionId: string,
  actor: { id: number; loginName: string; cityId: number | null; ip: string | null },
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
