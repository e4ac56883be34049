import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The counties of the user's scope, for the project list's county filter. */
export async function listProjectCounties(actor: SessionUser) {
  assertCan(actor, "projects:view");
  return db().county.findMany({
    where: countyScopeWhere(actor),
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, nameEn: true },
  });
}

/** The active schools of the officer's county a project can be for (the project form's choice). */
export async function listProjectSchools(actor: SessionUser) {
  assertCan(actor, "projects:edit");
  const scope = scopeOf(actor);
  if (scope?.level !== "county") return [];
  return db().school.findMany({
    where: { countyId: scope.countyId, isActive: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, code: true },
  });
}
