import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

export const INBOX_PAGE_SIZE = 20;

// Every inbox query is bound to the caller's own id: a user has no other inbox to read, whatever the role.

/** The user's own messages, newest first, a page at a time. */
export async function listNotifications(user: SessionUser, input: { page: number }) {
  const where = { userId: user.id };
  const [rows, total] = await Promise.all([
    db().notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
    }),
    db().notification.count({ where }),
  ]);
  return { rows, total, page: input.page, pageSize: INBOX_PAGE_SIZE };
}

/** How many of the user's own messages are unread (the bell). */
export async function countUnreadNotifications(user: SessionUser): Promise<number> {
  return db().notification.count({ where: { userId: user.id, readAt: null } });
}
