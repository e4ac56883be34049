import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { dispatchSoon } from "@/lib/jobs/dispatch-now";
import type { DeliveryIdInput } from "@/lib/schemas/notifications";

/**
 * Sends a failed e-mail or robot message again, from the send log (decision 0048): the row goes back to the queue
 * without a job, so the dispatcher gives it a new pg-boss job with the full retry policy; the request only writes
 * the row and its audit record and returns, the sending is the engine's. Its attempts so far are kept (the log
 * shows them added up). Security: a delivery of another city reads as missing; only a failed one is re-queued
 * (the update's own condition, so two clicks queue it once).
 */
export async function retryDelivery(actor: SessionUser, input: DeliveryIdInput) {
  assertCan(actor, "notifications:manage");
  const retried = await db().$transaction(async (tx) => {
    const delivery = await tx.messageDelivery.findFirst({
      where: { id: input.deliveryId, ...cityRowsWhere(actor) },
      select: { id: true, channel: true, target: true, status: true, attempts: true, lastError: true },
    });
    if (!delivery) throw notFoundError();
    const { count } = await tx.messageDelivery.updateMany({
      where: { id: delivery.id, status: "FAILED" },
      data: { status: "QUEUED", jobId: null },
    });
    if (count === 0) throw new AppError("INVALID_STATE", { messageKey: "deliveries.notFailed" });
    await recordAudit(tx, actor, {
      action: "retry",
      entity: "message_delivery",
      entityId: delivery.id,
      before: { status: delivery.status, attempts: delivery.attempts, lastError: delivery.lastError },
      after: { status: "QUEUED", channel: delivery.channel, target: delivery.target },
    });
    return { deliveryId: delivery.id };
  });
  dispatchSoon();
  return retried;
}
