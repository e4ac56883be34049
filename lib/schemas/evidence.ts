import { z } from "zod";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "@/lib/files/evidence-limits";
import { requiredId } from "./common";

const EVIDENCE_EXTENSIONS = new RegExp(
  `(${EVIDENCE_ACCEPT.replaceAll(".", "\\.").replaceAll(",", "|")})$`,
  "i",
);

/** A file input left empty sends one nameless empty file, which is no file. */
function fileList(value: unknown): unknown[] {
  return (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(
    (file) => !(file instanceof File && file.size === 0 && file.name === ""),
  );
}

const evidenceFile = z
  .instanceof(File, { error: "fileRequired" })
  .refine((file) => file.size > 0, "fileEmpty")
  .refine((file) => file.size <= MAX_EVIDENCE_BYTES, "fileTooLarge")
  .refine((file) => file.name.length <= 200, "tooLong")
  .refine((file) => EVIDENCE_EXTENSIONS.test(file.name), "evidenceFormat");

/**
 * 佐证材料: none, one or several files. The name and size are checked here for the form's message; the type is read
 * from the bytes on the server (lib/files/evidence-types.ts).
 */
export const evidenceFilesSchema = z.preprocess(
  fileList,
  z.array(evidenceFile).max(MAX_EVIDENCE_FILES, "tooManyFiles"),
);

/** The same, at least one: an upload of evidence on its own. */
const requiredEvidenceFilesSchema = z.preprocess(
  fileList,
  z.array(evidenceFile).min(1, "fileRequired").max(MAX_EVIDENCE_FILES, "tooManyFiles"),
);

/** Files for one value of a quarterly report (submission_values.id). */
export const attachValueEvidenceSchema = z.object({
  valueId: requiredId,
  files: requiredEvidenceFilesSchema,
});
export type AttachValueEvidenceInput = z.infer<typeof attachValueEvidenceSchema>;

/** Files for one school's facility record of a school year (facility_records.id). */
export const attachFacilityEvidenceSchema = z.object({
  recordId: requiredId,
  files: requiredEvidenceFilesSchema,
});
export type AttachFacilityEvidenceInput = z.infer<typeof attachFacilityEvidenceSchema>;

/** Removing one's own file from a record still open for changes. */
export const deleteEvidenceFileSchema = z.object({ id: requiredId });
export type DeleteEvidenceFileInput = z.infer<typeof deleteEvidenceFileSchema>;
