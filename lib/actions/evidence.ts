"use server";

import { attachFacilityEvidence } from "@/lib/data/evidence/attach-facility-evidence";
import { attachValueEvidence } from "@/lib/data/evidence/attach-value-evidence";
import { deleteEvidenceFile } from "@/lib/data/evidence/delete-evidence-file";
import {
  attachFacilityEvidenceSchema,
  attachValueEvidenceSchema,
  deleteEvidenceFileSchema,
} from "@/lib/schemas/evidence";
import { defineAction } from "./builder";

// Evidence files move no figure (lib/audit/entities.ts): only the owner's page goes stale.
const reportPage = (submissionId: number) => [{ path: `/submissions/${submissionId}` }];
const facilityPage = (schoolId: number) => [{ path: `/schools/${schoolId}/facilities` }];

export const attachValueEvidenceAction = defineAction({
  name: "attachValueEvidenceAction",
  schema: attachValueEvidenceSchema,
  run: attachValueEvidence,
  revalidate: (_input, result) => reportPage(result.submissionId),
  success: (result) => ({ messageKey: "evidence.attached", params: { count: result.count } }),
});

export const attachFacilityEvidenceAction = defineAction({
  name: "attachFacilityEvidenceAction",
  schema: attachFacilityEvidenceSchema,
  run: attachFacilityEvidence,
  revalidate: (_input, result) => facilityPage(result.schoolId),
  success: (result) => ({ messageKey: "evidence.attached", params: { count: result.count } }),
});

export const deleteEvidenceFileAction = defineAction({
  name: "deleteEvidenceFileAction",
  schema: deleteEvidenceFileSchema,
  run: deleteEvidenceFile,
  revalidate: (_input, result) => [
    ...(result.submissionId !== null ? reportPage(result.submissionId) : []),
    ...(result.schoolId !== null ? facilityPage(result.schoolId) : []),
  ],
  success: "evidence.deleted",
});
