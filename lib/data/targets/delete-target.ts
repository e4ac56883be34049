import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";

/** Removes a target of the user's city; the county (or city) then falls back to the next target up. */
export async function deleteTarget(user: SessionUser, targetId: number) {
  assertCan(user, "targets:edit");
  return db().$transaction(async (tx) => {
    // Security: only the user's own city's targets; another city's id looks missing.
    const before = await tx.target.findFirst({
      where: { id: targetId, cityId: ownCityId(user) },
      select: { id: true, indicatorKey: true, countyId: true, value: true, deadlineYear: true, note: true },
    });
    if (!before) throw notFoundError();
    await tx.target.delete({ where: { id: before.id } });
    await recordAudit(tx, user, { action: "delete", entity: "target", entityId: before.id, before });
  });
}
