// Limits of evidence files shared by the form (accept, messages) and the server (zod schema); the type itself is
// read from the bytes on the server (lib/files/evidence-types.ts).

/** Per file; the server's body limit (next.config.ts, 11 MB) caps one progress update's files together. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 5;
/** pdf, jpg, png, Word and Excel (also 97–2003), and WPS Office's own names for those formats */
export const EVIDENCE_ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.doc,.xls,.wps,.et";
