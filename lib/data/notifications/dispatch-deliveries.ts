import "server-only";
import { db } from "@/lib/db";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";

/** What pg-boss runs its SQL through (`PgBoss.Db`): here, the dispatcher's own transaction. */
export interface JobDatabase {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A claimed delivery and the id of the job that will send it. */
export interface DeliveryJob {
  deliveryId: number;
  jobId: string;
}

const QUEUED: DeliveryStatus = "QUEUED";

/** Deliveries claimed per run; the next run takes the rest. */
const DISPATCH_BATCH = 500;

/**
 * Turns queued deliveries into jobs (decision 0042): claims those without a job (FOR UPDATE SKIP LOCKED, so two
 * instances dispatching at once never claim the same row), gives each a job id, and lets `enqueue` insert the jobs
 * through this same transaction, so a delivery has its job exactly when the claim commits. Unscoped: a job of the
 * system with no caller. Returns how many were dispatched.
 */
export async function dispatchDeliveries(
  enqueue: (jobs: DeliveryJob[], database: JobDatabase) => Promise<void>,
): Promise<number> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: number; job_id: string }[]>`
      UPDATE message_deliveries SET job_id = gen_random_uuid(), updated_at = now()
      WHERE id IN (
        SELECT id FROM message_deliveries WHERE job_id IS NULL AND status = ${QUEUED}::delivery_status
        ORDER BY id LIMIT ${DISPATCH_BATCH} FOR UPDATE SKIP LOCKED
      )
      RETURNING id, job_id::text AS job_id`;
    if (claimed.length === 0) return 0;
    await enqueue(
      claimed.map((row) => ({ deliveryId: row.id, jobId: row.job_id })),
      {
        executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
      },
    );
    return claimed.length;
  });
}
