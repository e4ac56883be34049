import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { CALLS_SHOWN_DAYS } from "@/lib/api/token";
import { addDays } from "@/lib/utils/periods";

/** The admin's city's tokens, newest first, with their role, scope, state and the calls of the last 24 hours. */
export async function listApiTokens(manager: SessionUser) {
  assertCan(manager, "api-tokens:manage");
  const since = addDays(new Date(), -CALLS_SHOWN_DAYS);
  const rows = await db().apiToken.findMany({
    where: cityRowsWhere(manager),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      createdAt: true,
      createdBy: { select: { displayName: true } },
      user: {
        select: {
          role: true,
          county: { select: { name: true, nameEn: true } },
          school: { select: { name: true } },
        },
      },
      _count: { select: { calls: { where: { at: { gte: since } } } } },
    },
  });
  const now = new Date();
  return rows.map(({ _count, user, ...row }) => ({
    ...row,
    ...user,
    callsLastDay: _count.calls,
    state: row.revokedAt
      ? ("revoked" as const)
      : row.expiresAt <= now
        ? ("expired" as const)
        : ("active" as const),
  }));
}
