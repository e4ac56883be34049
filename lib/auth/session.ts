import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadSessionUserAndDataVersion, type SessionUser } from "@/lib/data/auth/session-user";
import { dataVersionOf } from "@/lib/data/indicators/data-version";
import { getAuthOptions } from "./options";
import { can, type Permission } from "./permissions";
import { clientIpFrom } from "./request";
import { isProvinceRole, ownCityId } from "./scope";

export type { SessionUser };

/** The current user and their data versions, read fresh in one statement once per request (React cache). */
const getSession = cache(async () => {
  // The request first: a session exists only at request time (no page is prerendered), and nothing before it may
  // touch the environment or the database.
  const requestHeaders = await headers();
  const session = await getServerSession(getAuthOptions());
  if (!session?.sessionId) return null;
  return loadSessionUserAndDataVersion(session.sessionId, clientIpFrom(requestHeaders));
});

/** The current user, read fresh from the database once per request, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSession())?.user ?? null;
}

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

/**
 * The data version of what a page shows, read with the session (no query of its own, except for a city user's view
 * of one county): the user's city's, or one county's (a county's or a school's dashboard), whose figures only that
 * county's writes and the city-wide ones change. Shared dashboard sections take it as an argument, so that a write
 * makes their next render a new cache entry (docs/decisions/0017).
 */
export async function requireDataVersion(countyId: number | null = null): Promise<string> {
  const session = await getSession();
  if (!session) redirect("/login?reason=expired");
  if (countyId === null) return session.dataVersions.city;
  if (countyId === session.user.countyId && session.dataVersions.county !== null)
    return session.dataVersions.county;
  return dataVersionOf({ cityId: ownCityId(session.user), countyId });
}

/** For pages: a missing permission shows the not-found page, which does not reveal that the page exists. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) notFound();
  return user;
}

/**
 * For the pages of one city's own data (a county, a school, the indicator pages, the briefings page): province users
 * see the not-found page. They read the cities through /province and each city's dashboard (docs/decisions/0038).
 */
export async function requireCityPagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePagePermission(permission);
  if (isProvinceRole(user.role)) notFound();
  return user;
}
