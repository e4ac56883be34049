import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The counties and towns of the user's scope a school can be placed in, for the register's form and filters. */
export async function listSchoolPlaces(actor: SessionUser) {
  assertCan(actor, "schools:manage");
  return db().county.findMany({
    where: countyScopeWhere(actor),
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      nameEn: true,
      towns: { orderBy: [{ code: "asc" }, { id: "asc" }], select: { id: true, name: true } },
    },
  });
}
