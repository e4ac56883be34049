import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import {
  readableEvidenceWhere,
  unsafeLoadEditableFacilityRecord,
  unsafeLockEditableValue,
} from "./evidence-owners";

/**
 * Removes a file from its value or facility record: only the user who uploaded it, only while the owner is still
 * open for that user's changes (a submitted or approved report's files stay as the reviewer saw them). A file the
 * user may not read is NOT_FOUND; a progress update's files are part of the problem's history and stay. The bytes
 * stay in the store (other rows may name the same bytes; decision 0043); the row goes, and the audit keeps what it
 * was.
 */
export async function deleteEvidenceFile(actor: SessionUser, input: { id: number }) {
  return db().$transaction(async (tx) => {
    const file = await tx.evidenceFile.findFirst({
      where: { AND: [{ id: input.id }, readableEvidenceWhere(actor)] },
      select: {
        id: true,
        name: true,
        mimeType: true,
        size: true,
        sha256: true,
        uploadedById: true,
        problemId: true,
        submissionValueId: true,
        facilityRecordId: true,
      },
    });
    if (!file) throw notFoundError();
    if (file.problemId !== null)
      throw new AppError("INVALID_STATE", { messageKey: "evidence.problemFilesKept" });
    if (file.uploadedById !== actor.id)
      throw new AppError("FORBIDDEN", { messageKey: "evidence.notUploader" });
    const place =
      file.submissionValueId !== null
        ? await unsafeLockEditableValue(tx, actor, file.submissionValueId)
        : await unsafeLoadEditableFacilityRecord(tx, actor, file.facilityRecordId!);
    await tx.evidenceFile.delete({ where: { id: file.id } });
    const { uploadedById: _uploader, problemId: _problem, ...before } = file;
    await recordAudit(tx, actor, {
      action: "delete",
      entity: "evidence_file",
      entityId: file.id,
      before,
      cityId: place.cityId,
    });
    return {
      id: file.id,
      submissionId: "submissionId" in place ? place.submissionId : null,
      schoolId: "schoolId" in place ? place.schoolId : null,
    };
  });
}
