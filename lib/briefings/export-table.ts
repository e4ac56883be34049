import { localized } from "@/lib/utils/localized";
import "server-only";
import { translatorFor } from "./compose-briefing";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getSubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import { listSchoolCompliance } from "@/lib/data/briefings/list-school-compliance";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { EXPORT_TABLE_MESSAGE_KEYS, type ExportTable, type FairChoice } from "@/lib/schemas/reports";
import { getCountyBases } from "@/lib/data/indicators/get-county-bases";
import { isFutureQuarter, type Quarter, referenceDateOf } from "@/lib/utils/periods";
import {
  countyHeatSheet,
  schoolComplianceSheet,
  submissionBoardSheet,
  type TableTexts,
} from "./dashboard-tables";
import { buildWorkbook, type SheetSpec } from "@/lib/excel/sheet";

/**
 * One dashboard table of the user's scope (or of one county in it) as an .xlsx file; null when the county is not
 * in scope. The school table needs a county: a city user names one, a county user's own is taken.
 */
export async function exportTable(
  user: SessionUser,
  table: ExportTable,
  options: { countyId: number | null; quarter: Quarter; locale: Locale; now?: Date; fair?: FairChoice },
): Promise<{ fileName: string; xlsx: Buffer } | null> {
  assertCan(user, "briefings:export");
  const now = options.now ?? new Date();
  if (isFutureQuarter(options.quarter, now)) throw new AppError("VALIDATION");
  const asOf = referenceDateOf(options.quarter, now);
  // The overview resolves and checks the scope (a forged county id gives null) and names it.
  const overview = await getIndicatorOverview(user, options.countyId, asOf);
  if (!overview) return null;
  const messages = await loadMessages(options.locale);
  const t = translatorFor(messages, options.locale, "reports");
  const org = overview.org;
  const scopeName = localized(org, "name", options.locale);
  const texts: TableTexts = {
    t,
    tIndicators: translatorFor(messages, options.locale, "indicators"),
    tEnums: translatorFor(messages, options.locale, "enums"),
    locale: options.locale,
    period: t("period", { ...options.quarter }),
    bureau: t(org.level === "city" ? "cityBureau" : "countyBureau", { name: scopeName }),
  };
  const countyId = org.level === "county" ? org.id : null;
  let sheet: SheetSpec;
  if (table === "county-heat") {
    const fair: FairChoice = options.fair ?? { normalisation: "raw", scheme: "kind" };
    sheet = countyHeatSheet(overview, texts, { ...fair, bases: await getCountyBases(user, asOf) });
  } else if (table === "school-compliance") {
    if (countyId === null) throw new AppError("VALIDATION", { log: "the school table needs a county" });
    const compliance = await listSchoolCompliance(user, countyId, asOf);
    if (!compliance) return null;
    sheet = schoolComplianceSheet(compliance, texts);
  } else {
    const summary = await getSubmissionSummary(user, countyId, options.quarter);
    if (!summary) return null;
    sheet = submissionBoardSheet(summary, scopeName, asOf, texts);
  }
  return {
    fileName: `${t(`tables.${EXPORT_TABLE_MESSAGE_KEYS[table]}`)}-${scopeName}-${texts.period}.xlsx`,
    xlsx: await buildWorkbook(sheet),
  };
}
