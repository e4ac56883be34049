import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "@/lib/schemas/audit";
import { auditSubjectKey, unsafeLoadAuditSubjectNames, unsafeLoadStandardItemNames } from "./audit-subjects";

export const AUDIT_PAGE_SIZE = 50;

// Date filters are calendar days in China Standard Time, the users' time zone.
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
const dayEnd = (day: string) => new Date(`${day}T23:59:59.999+08:00`);

/**
 * The audit log of the actor's city, newest first, filtered by user, entity, action and date range, each record with
 * the name of what it is about (null once that is deleted), and the names of the standard items a whole-set edit
 * changed (its fields are the items' ids).
 */
export async function listAuditLogs(actor: SessionUser, filter: AuditFilter & { page: number }) {
  assertCan(actor, "audit:view");
  const where: Prisma.AuditLogWhereInput = {
    ...cityRowsWhere(actor),
    ...(filter.actor ? { actorLogin: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: dayStart(filter.from) } : {}),
            ...(filter.to ? { lte: dayEnd(filter.to) } : {}),
          },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        actorLogin: true,
        action: true,
        entity: true,
        entityId: true,
        before: true,
        after: true,
        ip: true,
      },
    }),
    db().auditLog.count({ where }),
  ]);
  const [names, standardItems] = await Promise.all([
    unsafeLoadAuditSubjectNames(db(), rows),
    unsafeLoadStandardItemNames(db(), rows),
  ]);
  return {
    total,
    standardItems,
    rows: rows.map((row) => ({
      ...row,
      id: row.id.toString(),
      subject: names.get(auditSubjectKey(row)) ?? null,
    })),
  };
}

/** The entities and actions that occur in the city's log, for the filter menus. */
export async function listAuditFacets(actor: SessionUser) {
  assertCan(actor, "audit:view");
  const [entities, actions] = await Promise.all([
    db().auditLog.findMany({
      where: cityRowsWhere(actor),
      distinct: ["entity"],
      select: { entity: true },
      orderBy: { entity: "asc" },
    }),
    db().auditLog.findMany({
      where: cityRowsWhere(actor),
      distinct: ["action"],
      select: { action: true },
      orderBy: { action: "asc" },
    }),
  ]);
  return { entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action) };
}
