// What an evidence file may be: checked by its first bytes (magic numbers, via file-type), never by the name or the
// type the browser sends, so a renamed executable or HTML page is refused and a download is served under the type
// that was read.
import "server-only";
import { fileTypeFromBuffer } from "file-type";

export const EVIDENCE_TYPES = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

const ALLOWED = new Set<string>(Object.values(EVIDENCE_TYPES));

/** The type read from the bytes when it is one of the allowed ones, else null. */
export async function evidenceTypeOf(bytes: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected && ALLOWED.has(detected.mime) ? detected.mime : null;
}
