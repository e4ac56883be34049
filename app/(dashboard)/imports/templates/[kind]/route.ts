import { requireUser } from "@/lib/auth/session";
import { FACILITY_TEMPLATE_COLUMNS } from "@/lib/excel/facility-sheet";
import { writeSheet } from "@/lib/excel/sheet-io";
import { ROSTER_TEMPLATE_COLUMNS } from "@/lib/excel/teacher-roster";
import { xlsxResponse } from "@/lib/utils/download";

const TEMPLATES = {
  roster: { sheet: "教师名册", columns: ROSTER_TEMPLATE_COLUMNS, file: "教师名册导入模板.xlsx" },
  facilities: { sheet: "办学条件", columns: FACILITY_TEMPLATE_COLUMNS, file: "办学条件导入模板.xlsx" },
} as const;

/** The empty import templates (headers only); signed-in users only, like every page. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  await requireUser();
  const { kind } = await params;
  if (kind !== "roster" && kind !== "facilities") return new Response(null, { status: 404 });
  const template = TEMPLATES[kind];
  return xlsxResponse(await writeSheet<never>(template.sheet, template.columns, []), template.file);
}
