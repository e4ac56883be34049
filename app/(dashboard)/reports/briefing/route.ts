import type { NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { generateBriefing } from "@/lib/briefings/generate-briefing";
import { requireUser } from "@/lib/auth/session";
import { localeOrDefault } from "@/lib/i18n/locales";
import { exportRequestSchema } from "@/lib/schemas/reports";
import { downloadOrStatus, downloadResponse } from "@/lib/utils/download";
import { quarterKey } from "@/lib/utils/periods";

// GET /reports/briefing?quarter=2026Q3[&county=12]: the quarter's briefing PDF of the user's scope. The data layer
// checks permission and scope: another scope's county answers 404, like a county that does not exist.
export async function GET(request: NextRequest) {
  const user = await requireUser();
  const parsed = exportRequestSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return new Response(null, { status: 400 });
  const locale = await getLocale();
  return downloadOrStatus(async () => {
    const briefing = await generateBriefing(user, {
      countyId: parsed.data.county ?? null,
      quarter: parsed.data.quarter,
      locale: localeOrDefault(locale),
    });
    if (!briefing) return new Response(null, { status: 404 });
    return downloadResponse(briefing.pdf, {
      name: briefing.fileName,
      asciiName: `briefing-${quarterKey(parsed.data.quarter)}.pdf`,
      contentType: "application/pdf",
    });
  });
}
