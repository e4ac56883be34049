import "server-only";
import type { AuditEntity } from "@/lib/audit/entities";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { changedFields, type FieldDifference } from "@/lib/utils/changed-fields";
import { type AuditActor, recordAudit } from "./record-audit";

type Tx = Prisma.TransactionClient;

export interface VersionedRow {
  id: number;
  version: number;
}

/** What a stale save is told (the form lists the fields): the record's version now, who last wrote it and when. */
export interface StaleRecordDetails {
  version: number;
  changedBy: string | null;
  changedAt: string | null;
  changes: FieldDifference[];
}

/**
 * The refusal of a save whose version is no longer the record's: who changed the record last and when, from its
 * audit trail (every write leaves one), and the fields where the record now differs from what the user sent.
 */
export async function staleRecordError(
  tx: Tx,
  entity: AuditEntity,
  current: VersionedRow,
  sent: Record<string, unknown>,
): Promise<AppError> {
  const last = await tx.auditLog.findFirst({
    where: { entity, entityId: String(current.id) },
    orderBy: { id: "desc" },
    select: { at: true, actorLogin: true, actor: { select: { displayName: true } } },
  });
  const changedBy = last ? (last.actor?.displayName ?? last.actorLogin) : null;
  const details: StaleRecordDetails = {
    version: current.version,
    changedBy,
    changedAt: last?.at.toISOString() ?? null,
    changes: changedFields(current, sent),
  };
  return changedBy && last
    ? new AppError("STALE_VERSION", {
        messageKey: "staleRecord",
        params: { who: changedBy, when: last.at.toISOString() },
        details,
      })
    : new AppError("STALE_VERSION", { details });
}

/**
 * Writes `values` over a record the user edited at `readVersion`, in the caller's transaction (decision 0023).
 * A stale version is refused with the other person's change and nothing is written. A save that changes nothing
 * writes nothing (no new version, no audit entry). Otherwise `update` writes the row only if it is still at
 * `readVersion` and increments the version: of two writers of one version PostgreSQL lets exactly one match (the
 * other re-reads the row after the winner commits and no longer matches), and the loser is refused the same way.
 * The audit record is written in the same transaction.
 */
export async function updateVersioned<Row extends VersionedRow>(
  tx: Tx,
  actor: AuditActor,
  write: {
    entity: AuditEntity;
    before: Row;
    readVersion: number;
    values: Record<string, unknown>;
    /** `UPDATE … WHERE id AND version = readVersion`, incrementing the version; the count of rows it wrote */
    update: () => Promise<{ count: number }>;
    /** The row as it is now */
    reload: () => Promise<Row>;
    /** The one county whose figures the write changes (recordAudit) */
    countyId?: number;
  },
): Promise<Row> {
  const { entity, before, readVersion, values } = write;
  if (before.version !== readVersion) throw await staleRecordError(tx, entity, before, values);
  if (changedFields(before, values).length === 0) return before;
  const { count } = await write.update();
  if (count === 0) throw await staleRecordError(tx, entity, await write.reload(), values);
  const after = await write.reload();
  await recordAudit(tx, actor, {
    action: "update",
    entity,
    entityId: before.id,
    before,
    after,
    countyId: write.countyId,
  });
  return after;
}
