import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { writeAudited } from "@/lib/data/audit/write-audited";
import type { AuditActor } from "@/lib/data/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";

const AUDITED_TARGET_FIELDS = {
  id: true,
  indicatorKey: true,
  countyId: true,
  value: true,
  deadlineYear: true,
  note: true,
} as const;

/**
 * Sets the target of the actor's city (countyId null) or of one of its counties for one deadline, replacing the one
 * there is, audited in the caller's transaction. Unscoped: callers have checked the indicator and the county.
 */
export async function unsafeWriteTarget(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  target: {
    indicatorKey: string;
    countyId: number | null;
    deadlineYear: number;
    value: number;
    note?: string;
  },
) {
  const { indicatorKey, countyId, deadlineYear } = target;
  const cityId = ownCityId(actor);
  const before = await tx.target.findFirst({
    where: { indicatorKey, cityId, countyId, deadlineYear },
    select: AUDITED_TARGET_FIELDS,
  });
  const data = { value: target.value, note: target.note || null, setById: actor.id, setAt: new Date() };
  return writeAudited(tx, actor, "target", before, {
    update: (id) => tx.target.update({ where: { id }, data, select: AUDITED_TARGET_FIELDS }),
    create: () =>
      tx.target.create({
        data: { ...data, indicatorKey, cityId, countyId, deadlineYear },
        select: AUDITED_TARGET_FIELDS,
      }),
  });
}
