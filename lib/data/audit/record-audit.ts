import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { movesFigures, type AuditEntity } from "@/lib/audit/entities";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who did it, from where: every write in the data layer takes one. */
export interface AuditActor {
  id: number;
  loginName: string;
  /** Null for a province account: its records (sign-ins, sessions) belong to no city's log */
  cityId: number | null;
  ip: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** City whose admins may read the record; defaults to the actor's city */
  cityId?: number | null;
  /**
   * The one county whose figures the write changes (a facility record, a teacher, a county's report), when it is
   * one: the other counties' cached figures and pages stay valid. Omitted, the write may change any county's.
   */
  countyId?: number;
}

type Tx = Prisma.TransactionClient;

/**
 * Appends an audit record inside the caller's transaction, so the record exists exactly when the write does. A
 * write to an entity that moves the figures (lib/audit/entities.ts) also moves the data versions on in the same
 * transaction (lib/data/indicators/data-version.ts): the row lock orders concurrent writers, so a reader that sees
 * the new version sees the write.
 */
export async function recordAudit(
  tx: Tx,
  actor: AuditActor | null,
  entry: AuditEntry & { actorLogin?: string; ip?: string | null },
) {
  const cityId = entry.cityId === undefined ? (actor?.cityId ?? null) : entry.cityId;
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorLogin: actor?.loginName ?? entry.actorLogin ?? null,
      cityId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      ip: actor?.ip ?? entry.ip ?? null,
    },
  });
  if (cityId !== null && movesFigures(entry.entity))
    await bumpDataVersions(tx, cityId, entry.countyId ?? null);
}

/**
 * Marks the city's data as changed, and either one county's or every county's (DataVersion and CountyDataVersion in
 * prisma/schema.prisma). The city's row is locked first, so writers of one city never wait on each other in turn.
 */
async function bumpDataVersions(tx: Tx, cityId: number, countyId: number | null) {
  const shared = countyId === null ? 1 : 0;
  await tx.$executeRaw`
    INSERT INTO data_versions (city_id, version, shared_version, changed_at) VALUES (${cityId}, 1, ${shared}, now())
    ON CONFLICT (city_id) DO UPDATE
      SET version = data_versions.version + 1, shared_version = data_versions.shared_version + ${shared},
          changed_at = now()`;
  if (countyId === null) return;
  await tx.$executeRaw`
    INSERT INTO county_data_versions (county_id, version, changed_at) VALUES (${countyId}, 1, now())
    ON CONFLICT (county_id) DO UPDATE SET version = county_data_versions.version + 1, changed_at = now()`;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Decimals, dates and bigints become plain JSON.
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
