import { requireUser } from "@/lib/auth/session";
import { listTownTemplateLists } from "@/lib/data/geography/import-town-assignments";
import { listTemplateTowns } from "@/lib/data/schools/import-towns";
import { templateFileName, writeTemplate } from "@/lib/imports/files";
import { IMPORTS } from "@/lib/imports/specs";
import { xlsxResponse } from "@/lib/utils/download";

/**
 * The import templates, written from each import's spec (header row, drop-down lists, instructions and an example
 * row); the school register's lists the towns of the user's scope, the towns' assignment the city's towns and counties. Signed-in users only.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await requireUser();
  const { kind } = await params;
  if (!Object.hasOwn(IMPORTS, kind)) return new Response(null, { status: 404 });
  const definition = IMPORTS[kind as keyof typeof IMPORTS];
  const lists =
    kind === "schools"
      ? await listTemplateTowns(user)
      : kind === "towns"
        ? await listTownTemplateLists(user)
        : {};
  return xlsxResponse(await writeTemplate(definition, lists), templateFileName(definition));
}
