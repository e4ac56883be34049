import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, countyScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The targets set for one indicator in the user's scope (a county user sees the city's and its own). */
export async function listIndicatorTargets(user: SessionUser, indicatorKey: string) {
  assertCan(user, "indicators:view");
  const scope = scopeOf(user);
  if (!scope || scope.level === "school") return [];
  const rows = await db().target.findMany({
    where: {
      AND: [
        { indicatorKey },
        cityRowsWhere(user),
        { OR: [{ countyId: null }, { county: countyScopeWhere(user) }] },
      ],
    },
    orderBy: [{ countyId: { sort: "asc", nulls: "first" } }, { deadlineYear: "asc" }],
    select: {
      id: true,
      countyId: true,
      county: { select: { name: true, nameEn: true } },
      value: true,
      deadlineYear: true,
      note: true,
      setAt: true,
      setBy: { select: { displayName: true } },
    },
  });
  return rows.map((row) => ({ ...row, value: row.value.toNumber() }));
}
