import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who did it, from where: every write in the data layer takes one. */
export interface AuditActor {
  id: number;
  loginName: string;
  cityId: number;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** City whose admins may read the record; defaults to the actor's city */
  cityId?: number | null;
}

type Tx = Prisma.TransactionClient;

/** Appends an audit record inside the caller's transaction, so the record exists exactly when the write does. */
export async function recordAudit(
  tx: Tx,
  actor: AuditActor | null,
  entry: AuditEntry & { actorLogin?: string; ip?: string | null },
) {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorLogin: actor?.loginName ?? entry.actorLogin ?? null,
      cityId: entry.cityId === undefined ? (actor?.cityId ?? null) : entry.cityId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: actor?.ip ?? entry.ip ?? null,
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Decimals, dates and bigints become plain JSON.
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
