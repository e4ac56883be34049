import { businessDay, endOfBusinessDay, type Quarter } from "./periods";

/**
 * A reporting period row's quarter (1–4): only periods of the city's quarterly report have one (decision 0044);
 * asking another collection's period for its quarter is a programming error.
 */
export function quarterOfPeriod(period: { year: number; quarter: number | null }): Quarter {
  if (period.quarter === null) throw new RangeError("not a period of the quarterly report");
  return { year: period.year, quarter: period.quarter as Quarter["quarter"] };
}

/** What names a period of any collection. */
export interface PeriodName {
  periodType: "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "ONE_OFF";
  year: number;
  sequence: number;
  startsOn: Date;
  endsOn: Date;
  collection: { nameZh: string; nameEn: string };
}

/**
 * A period's name with its collection's (decision 0044): "月调度 2026年5月" / "Monthly report May 2026", "… 2026年上半年",
 * "… 2026-06-01 至 2026-06-30" for a one-off collection.
 */
export function periodLabel(period: PeriodName, locale: string): string {
  const name = locale.startsWith("zh") ? period.collection.nameZh : period.collection.nameEn;
  return `${name} ${periodWhen(period, locale)}`;
}

/** When a period is, without its collection's name ("2026年9月", "September 2026", "2026年第三季度"…). */
export function periodWhen(period: Omit<PeriodName, "collection">, locale: string): string {
  const isZh = locale.startsWith("zh");
  const { year, sequence } = period;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return {
    MONTH: isZh
      ? `${year}年${sequence}月`
      : `${new Date(Date.UTC(year, sequence - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" })} ${year}`,
    QUARTER: isZh ? `${year}年第${sequence}季度` : `Q${sequence} ${year}`,
    HALF_YEAR: isZh ? `${year}年${sequence === 1 ? "上" : "下"}半年` : `H${sequence} ${year}`,
    YEAR: isZh ? `${year}年` : `${year}`,
    ONE_OFF: isZh
      ? `${day(period.startsOn)} 至 ${day(period.endsOn)}`
      : `${day(period.startsOn)} – ${day(period.endsOn)}`,
  }[period.periodType];
}

/** A report filed after the deadline day (in Beijing) is late; the whole deadline day itself counts as on time. */
export function isAfterDeadline(deadline: Date, at: Date): boolean {
  return at >= endOfBusinessDay(deadline);
}

/** Whole days from today (in Beijing) to the deadline day: 0 on the day itself, negative once it has passed. */
export function daysToDeadline(deadline: Date, now: Date): number {
  return Math.round((deadline.getTime() - businessDay(now).getTime()) / 86_400_000);
}
