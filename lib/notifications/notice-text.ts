import type { NotificationKind } from "@/lib/generated/prisma/enums";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Params as stored: names in both languages, so a notice reads in the reader's language whenever it is opened. */
interface StoredParams {
  county?: string;
  countyEn?: string;
  year?: number;
  quarter?: number;
  reason?: string;
  deadline?: string;
  daysLeft?: number;
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
  };
  const title = t(`kinds.${notice.kind}.title`, values);
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
      if (daysLeft > 0)
        return { title, body: t(`kinds.${notice.kind}.daysLeft`, { days: daysLeft, deadline }) };
      if (daysLeft === 0) return { title, body: t(`kinds.${notice.kind}.dueToday`, { deadline }) };
      return { title, body: t(`kinds.${notice.kind}.overdue`, { days: -daysLeft, deadline }) };
    }
  }
}
