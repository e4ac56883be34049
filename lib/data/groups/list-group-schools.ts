import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/**
 * A county of the user's scope with its active schools, which a group of it may take as core school or member;
 * null when the county is not in the scope.
 */
export async function listGroupSchools(actor: SessionUser, countyId: number) {
  assertCan(actor, "groups:manage");
  return db().county.findFirst({
    where: inScope({ id: countyId }, countyScopeWhere(actor)),
    select: {
      id: true,
      name: true,
      nameEn: true,
      schools: {
        where: { isActive: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, code: true },
      },
    },
  });
}
