import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type AuditActor, type AuditEntry, recordAudit } from "./record-audit";

/**
 * Replaces `existing` or creates a row where there is none, in the caller's transaction, and audits which of the
 * two it was with the row before (or `auditedBefore`, what the new row takes the place of) and after.
 */
export async function writeAudited<Row extends { id: number }>(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  entity: AuditEntry["entity"],
  existing: Row | null,
  write: { update: (id: number) => Promise<Row>; create: () => Promise<Row> },
  auditedBefore: unknown = existing,
  /** The city whose log holds the record and whose figures it moves; the actor's own when left out */
  cityId?: number | null,
): Promise<Row> {
  const after = existing ? await write.update(existing.id) : await write.create();
  await recordAudit(tx, actor, {
    ...(cityId === undefined ? {} : { cityId }),
    action: existing ? "update" : "create",
    entity,
    entityId: after.id,
    before: auditedBefore,
    after,
  });
  return after;
}
