// The signed-in user as the session layer presents it (lib/data/auth/session-user.ts: role and scope as they are in
// the database now), for tests and benchmarks that call actions and the data layer directly.
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const TEST_SESSION: Pick<SessionUser, "sessionId" | "ip"> = {
  sessionId: "00000000-0000-4000-8000-000000000000",
  ip: "203.0.113.7",
};

/** The first user matching `where` (by city, then id), with the session and client address given. */
export async function sessionUserWhere(
  where: Prisma.UserWhereInput,
  session: Pick<SessionUser, "sessionId" | "ip"> = TEST_SESSION,
): Promise<SessionUser> {
  const user = await db().user.findFirstOrThrow({
    where,
    orderBy: [{ cityId: "asc" }, { id: "asc" }],
    select: {
      id: true,
      loginName: true,
      displayName: true,
      role: true,
      cityId: true,
      countyId: true,
      schoolId: true,
      mustChangePassword: true,
    },
  });
  return { ...user, ...session };
}

/** A demo account as a test's signed-in user. */
export const sessionUserFor = (loginName: string) => sessionUserWhere({ loginName });
