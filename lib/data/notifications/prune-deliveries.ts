import "server-only";
import { db } from "@/lib/db";
import { addDays } from "@/lib/utils/periods";

/**
 * Deletes the send log's rows older than the retention (DELIVERY_RETENTION_DAYS, a daily job: lib/jobs/engine.ts),
 * sent or failed; a message still queued is never deleted, however old, since its job may still send it. The
 * inbox's notices are not touched. Unscoped: a job of the system with no caller; returns how many rows went.
 */
export async function pruneDeliveries(retentionDays: number, now: Date = new Date()): Promise<number> {
  const { count } = await db().messageDelivery.deleteMany({
    where: {
      createdAt: { lt: addDays(now, -retentionDays) },
      status: { in: ["SENT", "FAILED"] },
    },
  });
  return count;
}
