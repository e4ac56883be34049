import { requireUser } from "@/lib/auth/session";
import { rosterDownload } from "@/lib/excel/exports";
import { idParam } from "@/lib/utils/route-params";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/schools/[schoolId]/teachers/export">,
) {
  const user = await requireUser();
  const id = idParam((await params).schoolId);
  if (!id) return new Response(null, { status: 404 });
  return rosterDownload(user, { kind: "school", id });
}
