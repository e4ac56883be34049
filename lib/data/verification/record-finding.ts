import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { RecordFindingInput } from "@/lib/schemas/verification";
import { canRecordFinding } from "@/lib/workflows/verification";

/**
 * Records the verifier's finding on one sampled value, once: confirmed, or a discrepancy with the value the sources
 * give. The item's row is locked, so two verifiers at once record one finding and the second is told so.
 */
export async function recordVerificationFinding(actor: SessionUser, input: RecordFindingInput) {
  assertCan(actor, "verification:manage");
  return db().$transaction(async (tx) => {
    // Security: an item of another city's sample reads as missing.
    const found = await tx.verificationItem.findFirst({
      where: { id: input.itemId, sample: cityRowsWhere(actor) },
      select: { id: true },
    });
    if (!found) throw notFoundError();
    await tx.$executeRaw`SELECT 1 FROM verification_items WHERE id = ${found.id} FOR UPDATE`;
    const item = await tx.verificationItem.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, sampleId: true, finding: true },
    });
    if (!canRecordFinding(item.finding))
      throw new AppError("INVALID_STATE", { messageKey: "verification.alreadyRecorded" });
    const recorded = await tx.verificationItem.update({
      where: { id: item.id },
      data: {
        finding: input.finding,
        checkedValue: input.finding === "DISCREPANCY" ? input.checkedValue : null,
        note: input.note ?? null,
        verifiedById: actor.id,
        verifiedAt: new Date(),
      },
      select: { id: true, finding: true, checkedValue: true, note: true },
    });
    await recordAudit(tx, actor, {
      action: "record_finding",
      entity: "verification_sample",
      entityId: item.sampleId,
      before: { itemId: item.id, finding: item.finding },
      after: { itemId: recorded.id, ...recorded },
    });
    return recorded;
  });
}
