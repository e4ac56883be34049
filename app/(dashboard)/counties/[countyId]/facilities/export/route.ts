import { facilityDownload } from "@/lib/excel/exports";
import { idParam } from "@/lib/utils/route-params";

export async function GET(_request: Request, { params }: { params: Promise<{ countyId: string }> }) {
  const id = idParam((await params).countyId);
  if (!id) return new Response(null, { status: 404 });
  return facilityDownload({ kind: "county", id });
}
