import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, problemScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { readStoredFile } from "@/lib/files/store";

/**
 * An evidence file and its bytes for download: whoever may see the problem may read its files, nobody else (a file
 * of another scope's problem is NOT_FOUND, like a missing one, so ids cannot be probed).
 */
export async function getEvidenceFile(actor: SessionUser, fileId: number) {
  assertCan(actor, "problems:view");
  const file = await db().evidenceFile.findFirst({
    where: { id: fileId, problem: inScope({}, problemScopeWhere(actor)) },
    select: { name: true, mimeType: true, sha256: true },
  });
  if (!file) throw notFoundError();
  const bytes = await readStoredFile(file.sha256);
  if (!bytes) throw notFoundError();
  return { name: file.name, mimeType: file.mimeType, bytes };
}
