import { requireUser } from "@/lib/auth/session";
import { listRosterExport } from "@/lib/data/teachers/list-roster-export";
import { exportDownload } from "@/lib/imports/files";
import { ROSTER_EXPORT_COLUMNS, ROSTER_IMPORT } from "@/lib/imports/specs/roster";
import { idParam } from "@/lib/utils/route-params";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/schools/[schoolId]/teachers/export">,
) {
  const user = await requireUser();
  const id = idParam((await params).schoolId);
  if (!id) return new Response(null, { status: 404 });
  return exportDownload(ROSTER_IMPORT, ROSTER_EXPORT_COLUMNS, () =>
    listRosterExport(user, { kind: "school", id }),
  );
}
