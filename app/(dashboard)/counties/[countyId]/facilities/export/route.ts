import { requireUser } from "@/lib/auth/session";
import { facilityDownload } from "@/lib/excel/exports";
import { idParam } from "@/lib/utils/route-params";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/counties/[countyId]/facilities/export">,
) {
  const user = await requireUser();
  const id = idParam((await params).countyId);
  if (!id) return new Response(null, { status: 404 });
  return facilityDownload(user, { kind: "county", id });
}
