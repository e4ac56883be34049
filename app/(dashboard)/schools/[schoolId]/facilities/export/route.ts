import { requireUser } from "@/lib/auth/session";
import { listFacilityExport } from "@/lib/data/facilities/list-facility-export";
import { exportDownload } from "@/lib/imports/files";
import { FACILITY_EXPORT_COLUMNS, FACILITY_IMPORT } from "@/lib/imports/specs/facilities";
import { idParam } from "@/lib/utils/route-params";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/schools/[schoolId]/facilities/export">,
) {
  const user = await requireUser();
  const id = idParam((await params).schoolId);
  if (!id) return new Response(null, { status: 404 });
  return exportDownload(FACILITY_IMPORT, FACILITY_EXPORT_COLUMNS, () =>
    listFacilityExport(user, { kind: "school", id }),
  );
}
