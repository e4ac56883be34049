import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The counties of the user's scope, for the group list's and the worklist's county filter. */
export async function listGroupCounties(actor: SessionUser) {
  assertCan(actor, "groups:view");
  return db().county.findMany({
    where: countyScopeWhere(actor),
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, nameEn: true },
  });
}
