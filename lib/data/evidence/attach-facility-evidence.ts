import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { checkEvidenceFiles } from "@/lib/files/check-evidence";
import type { AttachFacilityEvidenceInput } from "@/lib/schemas/evidence";
import { unsafeAttachEvidence } from "./evidence-access";
import { unsafeLoadEditableFacilityRecord } from "./evidence-owners";

/** 佐证材料 of a school's facility record of a school year, by its writers (the county officer, the principal). */
export async function attachFacilityEvidence(actor: SessionUser, input: AttachFacilityEvidenceInput) {
  assertCan(actor, "facilities:edit");
  const files = await checkEvidenceFiles(input.files);
  return db().$transaction(async (tx) => {
    const record = await unsafeLoadEditableFacilityRecord(tx, actor, input.recordId);
    const created = await unsafeAttachEvidence(tx, actor, { facilityRecordId: record.recordId }, files, {
      cityId: record.cityId,
    });
    return { schoolId: record.schoolId, count: created.length };
  });
}
