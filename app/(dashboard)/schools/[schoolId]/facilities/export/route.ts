import { facilityDownload } from "@/lib/excel/exports";
import { idParam } from "@/lib/utils/route-params";

export async function GET(_request: Request, { params }: { params: Promise<{ schoolId: string }> }) {
  const id = idParam((await params).schoolId);
  if (!id) return new Response(null, { status: 404 });
  return facilityDownload({ kind: "school", id });
}
