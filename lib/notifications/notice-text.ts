import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { periodLabel, type PeriodName } from "@/lib/utils/reporting-periods";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Params as stored: names in both languages, so a notice reads in the reader's language whenever it is opened. */
interface StoredParams {
  county?: string;
  countyEn?: string;
  year?: number;
  quarter?: number;
  /** A period of another collection than the quarterly report (decision 0044), named in both languages */
  period?: string;
  periodEn?: string;
  reason?: string;
  deadline?: string;
  daysLeft?: number;
  /** Who sent a 催报: the city's staff (absent, every one sent before schools reported) or the county's officer */
  by?: "county";
}

/**
 * How a notice names its period: a quarter of the quarterly report by year and quarter (the params of every notice
 * sent before collections), any other collection's period by its label in both languages.
 */
export function noticePeriodParams(period: PeriodName & { quarter: number | null }): StoredParams {
  if (period.quarter !== null) return { year: period.year, quarter: period.quarter };
  return { year: period.year, period: periodLabel(period, "zh"), periodEn: periodLabel(period, "en") };
}

/** A notice's title and body in the reader's language (`t` is the `inbox` namespace). */
export function noticeText(
  notice: { kind: NotificationKind; params: unknown },
  locale: string,
  t: Translate,
): { title: string; body: string } {
  const params = (notice.params ?? {}) as StoredParams;
  const values = {
    county: (locale === "en" ? params.countyEn : params.county) ?? params.county ?? "",
    year: params.year ?? "",
    quarter: params.quarter ?? "",
    period: (locale === "en" ? params.periodEn : params.period) ?? params.period ?? "",
  };
  // A county's 催报 to its schools has its own words; every other notice is named by its kind.
  const kind =
    notice.kind === "REPORT_URGED" && params.by === "county" ? "REPORT_URGED.byCounty" : notice.kind;
  const title = t(`kinds.${kind}.${params.period === undefined ? "title" : "titleOfPeriod"}`, values);
  switch (notice.kind) {
    case "REPORT_RETURNED":
      return {
        title,
        body: params.reason
          ? t("kinds.REPORT_RETURNED.body", { reason: params.reason })
          : t("kinds.REPORT_RETURNED.bodyWithoutReason"),
      };
    case "REPORT_APPROVED":
      return { title, body: t("kinds.REPORT_APPROVED.body") };
    case "REPORT_URGED":
    case "DEADLINE_REMINDER": {
      // The days as they were when it was sent: "3 days left" stays what the reminder said.
      const daysLeft = params.daysLeft ?? 0;
      const deadline = params.deadline ?? "";
      if (daysLeft > 0) return { title, body: t(`kinds.${kind}.daysLeft`, { days: daysLeft, deadline }) };
      if (daysLeft === 0) return { title, body: t(`kinds.${kind}.dueToday`, { deadline }) };
      return { title, body: t(`kinds.${kind}.overdue`, { days: -daysLeft, deadline }) };
    }
  }
}
