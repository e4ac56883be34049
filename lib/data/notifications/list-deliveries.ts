import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { DeliveriesFilter } from "@/lib/schemas/notifications";

export const DELIVERIES_PAGE_SIZE = 50;

/**
 * The send log of the actor's city (decision 0042): every e-mail and group-robot message, newest first, with its
 * outcome, attempts and the error of the last failed one. Security: city rows only (an admin's is their city's);
 * targets are addresses and robot labels, never a webhook URL.
 */
export async function listDeliveries(actor: SessionUser, filter: DeliveriesFilter & { page: number }) {
  assertCan(actor, "notifications:manage");
  const where = { ...cityRowsWhere(actor), ...(filter.status ? { status: filter.status } : {}) };
  const [rows, total] = await Promise.all([
    db().messageDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * DELIVERIES_PAGE_SIZE,
      take: DELIVERIES_PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        target: true,
        kind: true,
        params: true,
        link: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db().messageDelivery.count({ where }),
  ]);
  return { rows, total };
}
