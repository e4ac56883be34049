import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserListFilter } from "@/lib/schemas/users";

export const USERS_PAGE_SIZE = 20;

export async function listUsers(actor: SessionUser, filter: UserListFilter & { page: number }) {
  assertCan(actor, "users:manage");
  const now = new Date();
  const where: Prisma.UserWhereInput = {
    ...cityRowsWhere(actor),
    // Accounts of API tokens are managed at /admin/api-tokens, not here.
    apiToken: { is: null },
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.status === "active" ? { isActive: true } : {}),
    ...(filter.status === "inactive" ? { isActive: false } : {}),
    ...(filter.status === "locked" ? { lockedUntil: { gt: now } } : {}),
    ...(filter.q
      ? {
          OR: [
            { loginName: { contains: filter.q, mode: "insensitive" } },
            { displayName: { contains: filter.q } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ role: "asc" }, { loginName: "asc" }],
      skip: (filter.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        loginName: true,
        displayName: true,
        role: true,
        isActive: true,
        lockedUntil: true,
        lastLoginAt: true,
        county: { select: { name: true, nameEn: true } },
        school: { select: { name: true } },
      },
    }),
    db().user.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({ ...row, isLocked: row.lockedUntil !== null && row.lockedUntil > now })),
  };
}
