import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/store";
import { readableEvidenceWhere } from "./evidence-owners";

/**
 * An evidence file and its bytes for download: whoever may read its owner (a problem, a report's value, a facility
 * record) may read the file, nobody else. A file of another scope is NOT_FOUND, like a missing one, so ids cannot be
 * probed.
 */
export async function getEvidenceFile(actor: SessionUser, fileId: number) {
  const file = await db().evidenceFile.findFirst({
    where: { AND: [{ id: fileId }, readableEvidenceWhere(actor)] },
    select: { name: true, mimeType: true, sha256: true },
  });
  if (!file) throw notFoundError();
  const bytes = await readStoredFile(file.sha256);
  if (!bytes) throw notFoundError();
  return { name: file.name, mimeType: file.mimeType, bytes };
}
