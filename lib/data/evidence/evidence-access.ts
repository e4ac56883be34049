import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import type { CheckedFile } from "@/lib/files/check-evidence";
import { putFile } from "@/lib/files/store";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who a file belongs to: exactly one owner (the table's CHECK says the same, docs/decisions/0043). */
export type EvidenceOwner =
  { problemId: number; eventId: number } | { submissionValueId: number } | { facilityRecordId: number };

/** What a page lists of a file: the name is the download link, the rest is said beside it. */
export const EVIDENCE_LIST_SELECT = {
  id: true,
  name: true,
  size: true,
  uploadedAt: true,
  uploadedById: true,
  uploadedBy: { select: { displayName: true } },
} as const;

/**
 * The files go to the store inside the caller's transaction, after its checks passed. A store write that outlives a
 * failed transaction leaves bytes no row points to, never a row without its bytes; the same bytes uploaded again
 * reuse the stored file. Each file is audited (attach, entity evidence_file) in the same transaction. Unscoped: the
 * caller checked the owner.
 */
export async function unsafeAttachEvidence(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  owner: EvidenceOwner,
  files: CheckedFile[],
  /** The city whose admins read the audit record: the owner's (the actor's by default) */
  place: { cityId?: number | null } = {},
) {
  const created = [];
  for (const file of files) {
    const sha256 = await putFile(file.bytes);
    const row = await tx.evidenceFile.create({
      data: {
        ...owner,
        name: file.name,
        mimeType: file.mimeType,
        size: file.bytes.byteLength,
        sha256,
        uploadedById: actor.id,
      },
      select: { id: true, name: true, mimeType: true, size: true, sha256: true },
    });
    await recordAudit(tx, actor, {
      action: "attach",
      entity: "evidence_file",
      entityId: row.id,
      after: { ...row, ...owner },
      ...place,
    });
    created.push(row);
  }
  return created;
}
