import "server-only";
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
 * Sets the target of a city (countyId null) or of one of its counties for one deadline, replacing the one there is,
 * audited in the caller's transaction and in that city's log. Unscoped: callers have checked the indicator, the city
 * (the actor's own, or for a province split one of the province's) and the county.
 */
export async function unsafeWriteTarget(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  target: {
    cityId: number;
    indicatorKey: string;
    countyId: number | null;
    deadlineYear: number;
    value: number;
    note?: string;
  },
) {
  const { cityId, indicatorKey, countyId, deadlineYear } = target;
  const before = await tx.target.findFirst({
    where: { indicatorKey, cityId, countyId, deadlineYear },
    select: AUDITED_TARGET_FIELDS,
  });
  const data = { value: target.value, note: target.note || null, setById: actor.id, setAt: new Date() };
  return writeAudited(
    tx,
    actor,
    "target",
    before,
    {
      update: (id) => tx.target.update({ where: { id }, data, select: AUDITED_TARGET_FIELDS }),
      create: () =>
        tx.target.create({
          data: { ...data, indicatorKey, cityId, countyId, deadlineYear },
          select: AUDITED_TARGET_FIELDS,
        }),
    },
    before,
    // The city's log and data version: a province user's split moves the city's figures as its own edit would.
    cityId,
  );
}
