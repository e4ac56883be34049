import { requireUser } from "@/lib/auth/session";
import { listSchoolExport } from "@/lib/data/schools/list-school-export";
import { exportDownload } from "@/lib/imports/files";
import { SCHOOL_EXPORT_COLUMNS, SCHOOL_IMPORT } from "@/lib/imports/specs/schools";
import { schoolListQuerySchema } from "@/lib/schemas/schools";

/** The register's filtered list as .xlsx, in the import template's columns (export → edit → import). */
export async function GET(request: Request) {
  const user = await requireUser();
  const query = schoolListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return exportDownload(SCHOOL_IMPORT, SCHOOL_EXPORT_COLUMNS, () => listSchoolExport(user, query));
}
