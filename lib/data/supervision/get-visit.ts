import "server-only";
import { assertCan, can } from "@/lib/auth/permissions";
import { inScope, supervisionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** A visit of the user's scope with its inspectors and findings (and the problem each was raised as), or null. */
export async function getSupervisionVisit(actor: SessionUser, visitId: number) {
  assertCan(actor, "supervision:view");
  const visit = await db().supervisionVisit.findFirst({
    where: inScope({ id: visitId }, supervisionScopeWhere(actor)),
    select: {
      id: true,
      kind: true,
      visitedOn: true,
      summary: true,
      createdAt: true,
      county: { select: { name: true, nameEn: true } },
      school: { select: { id: true, name: true, code: true } },
      recordedBy: { select: { displayName: true } },
      inspectors: { orderBy: { id: "asc" }, select: { name: true, userId: true } },
      findings: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          description: true,
          problem: { select: { id: true, state: true } },
        },
      },
    },
  });
  if (!visit) return null;
  return {
    ...visit,
    canRaise: can(actor.role, "supervision:record") && can(actor.role, "problems:create"),
  };
}
