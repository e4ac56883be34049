import { requireUser } from "@/lib/auth/session";
import { listTemplateTowns } from "@/lib/data/schools/import-towns";
import { templateFileName, writeTemplate } from "@/lib/imports/files";
import { IMPORTS } from "@/lib/imports/specs";
import { xlsxResponse } from "@/lib/utils/download";

/**
 * The import templates, written from each import's spec (header row, drop-down lists, instructions and an example
 * row); the school register's lists the towns of the user's scope. Signed-in users only.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await requireUser();
  const { kind } = await params;
  if (!Object.hasOwn(IMPORTS, kind)) return new Response(null, { status: 404 });
  const definition = IMPORTS[kind as keyof typeof IMPORTS];
  const lists = kind === "schools" ? await listTemplateTowns(user) : {};
  return xlsxResponse(await writeTemplate(definition, lists), templateFileName(definition));
}
