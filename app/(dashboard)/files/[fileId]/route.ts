import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getEvidenceFile } from "@/lib/data/evidence/get-evidence-file";
import { downloadOrStatus, downloadResponse } from "@/lib/utils/download";
import { idParam } from "@/lib/utils/route-params";

// GET /files/<id>: an evidence file, always as a download under the type read from its bytes when it was uploaded.
// The data layer checks that the user may see the problem it belongs to; another scope's file answers 404.
export async function GET(_request: NextRequest, context: RouteContext<"/files/[fileId]">) {
  const user = await requireUser();
  const fileId = idParam((await context.params).fileId);
  if (fileId === null) return new Response(null, { status: 404 });
  return downloadOrStatus(async () => {
    const file = await getEvidenceFile(user, fileId);
    const extension = file.name.match(/\.[a-z0-9]{1,5}$/i)?.[0] ?? "";
    return downloadResponse(file.bytes, {
      name: file.name,
      asciiName: `evidence-${fileId}${extension}`,
      contentType: file.mimeType,
    });
  });
}
