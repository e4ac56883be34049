import { requireUser } from "@/lib/auth/session";
import { templateFileName, writeTemplate } from "@/lib/imports/files";
import { IMPORTS } from "@/lib/imports/specs";
import { xlsxResponse } from "@/lib/utils/download";

/** The empty import templates (headers only), written from each import's spec; signed-in users only. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  await requireUser();
  const { kind } = await params;
  if (!Object.hasOwn(IMPORTS, kind)) return new Response(null, { status: 404 });
  const definition = IMPORTS[kind as keyof typeof IMPORTS];
  return xlsxResponse(await writeTemplate(definition), templateFileName(definition));
}
