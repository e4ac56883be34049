import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { exportTable } from "@/lib/briefings/export-table";
import { localeOrDefault } from "@/lib/i18n/locales";
import { exportRequestSchema, exportTableSchema } from "@/lib/schemas/reports";
import { downloadOrStatus, xlsxResponse } from "@/lib/utils/download";
import { quarterKey } from "@/lib/utils/periods";

// GET /reports/tables/<county-heat|school-compliance|submission-board>?quarter=2026Q3[&county=12][&per=per_school][&peers=size]: a dashboard
// table as .xlsx. Permission and scope are checked below this handler; another scope's county answers 404.
export async function GET(request: NextRequest, context: RouteContext<"/reports/tables/[table]">) {
  const user = await requireUser();
  const table = exportTableSchema.safeParse((await context.params).table);
  if (!table.success) return new Response(null, { status: 404 });
  const parsed = exportRequestSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return new Response(null, { status: 400 });
  const locale = await getLocale();
  return downloadOrStatus(async () => {
    const file = await exportTable(user, table.data, {
      countyId: parsed.data.county ?? null,
      quarter: parsed.data.quarter,
      fair: { normalisation: parsed.data.per, scheme: parsed.data.peers },
      locale: localeOrDefault(locale),
    });
    if (!file) return new Response(null, { status: 404 });
    return xlsxResponse(file.xlsx, file.fileName, `${table.data}-${quarterKey(parsed.data.quarter)}.xlsx`);
  });
}
