import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { renderBriefingPdf } from "@/lib/pdf/render-briefing";
import type { Quarter } from "@/lib/utils/periods";
import { composeBriefing } from "./compose-briefing";

export interface GeneratedBriefing {
  fileName: string;
  pdf: Buffer;
}

/**
 * The quarter's briefing PDF of the user's scope or of one county in it; null when the county is not in scope.
 * Generated on demand from the data layer; nothing is stored, and the same inputs give the same document.
 */
export async function generateBriefing(
  user: SessionUser,
  options: { countyId: number | null; quarter: Quarter; locale: Locale; now?: Date },
): Promise<GeneratedBriefing | null> {
  const data = await getBriefingData(user, options);
  if (!data) return null;
  const content = composeBriefing(data, await loadMessages(options.locale), options.locale);
  return { fileName: `${content.fileName}.pdf`, pdf: await renderBriefingPdf(content) };
}
