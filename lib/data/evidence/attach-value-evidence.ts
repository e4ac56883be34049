import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { checkEvidenceFiles } from "@/lib/files/check-evidence";
import type { AttachValueEvidenceInput } from "@/lib/schemas/evidence";
import { unsafeAttachEvidence } from "./evidence-access";
import { unsafeLockEditableValue } from "./evidence-owners";

/**
 * 佐证材料 of one value of a county's quarterly report, by its writer while the report is open for changes (a draft,
 * a returned or a reopened report); the reviewer and the verifier read them later. All files or none.
 */
export async function attachValueEvidence(actor: SessionUser, input: AttachValueEvidenceInput) {
  assertCan(actor, "submissions:edit");
  // Read and checked before anything is written: a file of the wrong kind refuses the whole upload.
  const files = await checkEvidenceFiles(input.files);
  return db().$transaction(async (tx) => {
    const report = await unsafeLockEditableValue(tx, actor, input.valueId);
    const created = await unsafeAttachEvidence(tx, actor, { submissionValueId: input.valueId }, files, {
      cityId: report.cityId,
    });
    return { submissionId: report.submissionId, count: created.length };
  });
}
