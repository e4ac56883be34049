// The signed-in user as the session layer presents it (lib/data/auth/session-user.ts: role and scope as they are in
// the database now), for tests and benchmarks that call actions and the data layer directly.
import { SESSION_USER_FIELDS, type SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const TEST_SESSION: Pick<SessionUser, "sessionId" | "ip"> = {
  sessionId: "00000000-0000-4000-8000-000000000000",
  ip: "203.0.113.7",
};

/** A user of a city (every role but the province ones): its city is known. */
export type CitySessionUser = SessionUser & { cityId: number };

/**
 * The first city user matching `where` (by city, then id), with the session and client address given; a province
 * user (no city) is an error here: use provinceSessionUserFor.
 */
export async function sessionUserWhere(
  where: Prisma.UserWhereInput,
  session: Pick<SessionUser, "sessionId" | "ip"> = TEST_SESSION,
): Promise<CitySessionUser> {
  const user = await anySessionUserWhere(where, session);
  if (user.cityId === null) throw new Error(`${user.loginName} belongs to no city`);
  return { ...user, cityId: user.cityId };
}

/** A province account (no city) as a test's signed-in user. */
export const provinceSessionUserFor = (loginName: string) => anySessionUserWhere({ loginName });

async function anySessionUserWhere(
  where: Prisma.UserWhereInput,
  session: Pick<SessionUser, "sessionId" | "ip"> = TEST_SESSION,
): Promise<SessionUser> {
  const user = await db().user.findFirstOrThrow({
    where,
    orderBy: [{ cityId: "asc" }, { id: "asc" }],
    select: SESSION_USER_FIELDS,
  });
  return { ...user, ...session };
}

/** A demo account as a test's signed-in user. */
export const sessionUserFor = (loginName: string) => sessionUserWhere({ loginName });
