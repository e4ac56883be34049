import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";

// Marking read changes only the reader's own view of their inbox, no record of the bureau: it is not audited
// (decision 0037). The user id in every WHERE clause is the security boundary: another user's id is "not found".

/** Marks one of the user's own messages read; a message that is not theirs is "not found" and stays as it was. */
export async function markNotificationRead(user: SessionUser, input: { notificationId: number }) {
  const { count } = await db().notification.updateMany({
    where: { id: input.notificationId, userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0) {
    // Already read is fine (a second tab); not the user's, or missing, is not found.
    const own = await db().notification.findFirst({
      where: { id: input.notificationId, userId: user.id },
      select: { id: true },
    });
    if (!own) throw notFoundError();
  }
  return { id: input.notificationId };
}

/** Marks every unread message of the user's own read. */
export async function markAllNotificationsRead(user: SessionUser) {
  const { count } = await db().notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { count };
}
