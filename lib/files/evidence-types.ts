// What an evidence file may be: checked by its first bytes (magic numbers, via file-type), never by the name or the
// type the browser sends, so a renamed executable or HTML page is refused and a download is served under the type
// that was read.
import "server-only";
import CFB from "cfb";
import { fileTypeFromBuffer } from "file-type";

export const EVIDENCE_TYPES = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

const ALLOWED = new Set<string>(Object.values(EVIDENCE_TYPES));

/**
 * Word 97–2003 and Excel 97–2003 files, and WPS Office's .wps and .et, which are the same binary formats, are OLE
 * compound files. So are installers (.msi) and Outlook messages, so the container alone says nothing: the document's
 * main stream does (MS-DOC's WordDocument, MS-XLS's Workbook, or Book in files of Excel 5).
 */
function compoundDocumentType(bytes: Uint8Array): string | null {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "buffer" });
  } catch {
    return null;
  }
  const streams = new Set(container.FileIndex.filter((entry) => entry.type === 2).map((entry) => entry.name));
  if (streams.has("WordDocument")) return EVIDENCE_TYPES.doc;
  if (streams.has("Workbook") || streams.has("Book")) return EVIDENCE_TYPES.xls;
  return null;
}

/** The type read from the bytes when it is one of the allowed ones, else null. */
export async function evidenceTypeOf(bytes: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === "application/x-cfb") return compoundDocumentType(bytes);
  return detected && ALLOWED.has(detected.mime) ? detected.mime : null;
}
