import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadSessionUser, type SessionUser } from "@/lib/data/auth/session-user";
import { getAuthOptions } from "./options";
import { can, type Permission } from "./permissions";
import { clientIpFrom } from "./request";

export type { SessionUser };

/** The current user, read fresh from the database once per request (React cache), or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.sessionId) return null;
  return loadSessionUser(session.sessionId, clientIpFrom(await headers()));
});

/**
 * The guard of every page and server action: signed-out or expired users go to the sign-in page; users with a
 * temporary password go to the password page first. A page check does not protect an action: call it in both.
 */
export async function requireUser(
  options: { allowPendingPasswordChange?: boolean } = {},
): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login?reason=expired");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect("/account/password");
  return user;
}

/** For pages: a missing permission shows the not-found page, which does not reveal that the page exists. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}
