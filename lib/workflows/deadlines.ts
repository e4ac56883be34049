// Deadlines of reporting periods on the Chinese working-day calendar (docs/decisions/0037). A bureau's "the 5th
// working day after the quarter" skips weekends and the State Council's holidays, and counts the 调休 make-up
// weekend days, which are working days. The calendar is the `chinese-days` package's published data; beyond its last
// year the calendar is weekdays only (an estimate: the next year's arrangement is published each November), and
// `isCalendarCovered` says so, so a page can tell the user to check the day.
//
// Days are calendar days in Beijing held as UTC midnight of the date (lib/utils/periods.ts); callers pass
// businessDay(instant) for "today", never a raw instant.
//
// Only the package's data file is read, with the package's own rule (a listed make-up day works; else Monday to
// Friday unless a listed holiday): its ES build is marked CommonJS in its package.json, which the production bundler
// refuses, and the rule is two lines.
import calendarData from "chinese-days/dist/chinese-days.json";
import { addDays, isoDay } from "@/lib/utils/periods";

export const PERIOD_TYPES = ["month", "quarter", "half_year", "year"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** A collection's stored period type (collections.period_type) as a period type here; a one-off has none. */
export const PERIOD_TYPE_OF = {
  MONTH: "month",
  QUARTER: "quarter",
  HALF_YEAR: "half_year",
  YEAR: "year",
} as const satisfies Record<string, PeriodType>;

/** A period of a type: `index` is the month (1–12), quarter (1–4) or half (1–2) of `year`, and 1 for a year. */
export interface PeriodRef {
  type: PeriodType;
  year: number;
  index: number;
}

export type DeadlineRule =
  /** The Nth working day after the period's last day (N ≥ 1): "第5个工作日" */
  | { kind: "working_days_after_end"; days: number }
  /** A fixed day of the month after the period, moved to the next working day when it is a rest day: "次月10日前" */
  | { kind: "day_of_next_month"; day: number }
  /** A number of calendar days from the period's last day (negative: before it), moved to the next working day */
  | { kind: "days_from_end"; days: number };

const MONTHS_OF: Record<PeriodType, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const INDEXES_OF: Record<PeriodType, number> = { month: 12, quarter: 4, half_year: 2, year: 1 };

/** Days off (holidays) and weekend days worked in lieu (调休上班), by ISO date. */
const HOLIDAYS: Readonly<Record<string, string>> = calendarData.holidays;
const MAKE_UP_WORKDAYS: Readonly<Record<string, string>> = calendarData.workdays;

/** The first year after the calendar data: from then on rest days are weekends only. */
const FIRST_UNCOVERED_YEAR = Math.max(...Object.keys(HOLIDAYS).map((day) => Number(day.slice(0, 4)))) + 1;

/** Whether the published calendar covers the day's year (else the working days are an estimate: Mon–Fri). */
export function isCalendarCovered(day: Date): boolean {
  return day.getUTCFullYear() < FIRST_UNCOVERED_YEAR;
}

/** The last year the calendar data covers. */
export const LAST_COVERED_YEAR = FIRST_UNCOVERED_YEAR - 1;

/** A working day: a weekday that is not a public holiday, or a weekend day worked in lieu (调休上班). */
export function isWorkingDay(day: Date): boolean {
  const iso = isoDay(day);
  if (Object.hasOwn(MAKE_UP_WORKDAYS, iso)) return true;
  const weekday = day.getUTCDay();
  const isWeekend = weekday === 0 || weekday === 6;
  return !isWeekend && !Object.hasOwn(HOLIDAYS, iso);
}

/** The day itself when it is a working day, else the first working day after it. */
export function onOrNextWorkingDay(day: Date): Date {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/** The `count`th working day after `day` (count ≥ 1; `day` itself never counts). */
export function addWorkingDays(day: Date, count: number): Date {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer: ${count}`);
  let current = day;
  for (let found = 0; found < count;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) found += 1;
  }
  return current;
}

/** The period's last calendar day. */
export function periodEnd(period: PeriodRef): Date {
  const months = MONTHS_OF[period.type];
  if (!Number.isInteger(period.index) || period.index < 1 || period.index > INDEXES_OF[period.type])
    throw new RangeError(`no ${period.type} ${period.index}`);
  // Day 0 of the month after the period is its last day.
  return new Date(Date.UTC(period.year, period.index * months, 0));
}

/** The period's first calendar day. */
export function periodStart(period: PeriodRef): Date {
  periodEnd(period);
  return new Date(Date.UTC(period.year, (period.index - 1) * MONTHS_OF[period.type], 1));
}

/** The period just before one: the month, quarter or half before (December of last year before January), last year. */
export function previousPeriod(period: PeriodRef): PeriodRef {
  periodEnd(period);
  return period.index > 1
    ? { ...period, index: period.index - 1 }
    : { type: period.type, year: period.year - 1, index: INDEXES_OF[period.type] };
}

/** The period of a type that a day (a Beijing business day, as UTC midnight) falls in. */
export function periodContaining(type: PeriodType, day: Date): PeriodRef {
  return { type, year: day.getUTCFullYear(), index: Math.floor(day.getUTCMonth() / MONTHS_OF[type]) + 1 };
}

/** The deadline of a period under a rule: always a working day. */
export function deadlineOf(rule: DeadlineRule, period: PeriodRef): Date {
  return deadlineAfter(rule, periodEnd(period));
}

/** The deadline under a rule of a period whose last day is `end` (a one-off collection's own end date). */
export function deadlineAfter(rule: DeadlineRule, end: Date): Date {
  switch (rule.kind) {
    case "working_days_after_end":
      return addWorkingDays(end, rule.days);
    case "day_of_next_month": {
      const nextMonth = addDays(end, 1);
      const lastDay = new Date(Date.UTC(nextMonth.getUTCFullYear(), nextMonth.getUTCMonth() + 1, 0));
      // "The 31st" of a shorter month is its last day.
      const day = Math.min(rule.day, lastDay.getUTCDate());
      return onOrNextWorkingDay(new Date(Date.UTC(nextMonth.getUTCFullYear(), nextMonth.getUTCMonth(), day)));
    }
    case "days_from_end":
      return onOrNextWorkingDay(addDays(end, rule.days));
  }
}

/** A collection's stored rule (its kind and number, decision 0044) as a rule. */
export function deadlineRuleOf(stored: {
  deadlineKind: "WORKING_DAYS_AFTER_END" | "DAY_OF_NEXT_MONTH" | "DAYS_FROM_END";
  deadlineDays: number;
}): DeadlineRule {
  switch (stored.deadlineKind) {
    case "WORKING_DAYS_AFTER_END":
      return { kind: "working_days_after_end", days: stored.deadlineDays };
    case "DAY_OF_NEXT_MONTH":
      return { kind: "day_of_next_month", day: stored.deadlineDays };
    case "DAYS_FROM_END":
      return { kind: "days_from_end", days: stored.deadlineDays };
  }
}

/**
 * The quarterly report's suggested deadline as the city sets it today: six days before the quarter ends (so the
 * figures reach the quarter's own meetings), moved to the next working day when that is a rest day.
 */
export const QUARTERLY_DEADLINE_RULE: DeadlineRule = { kind: "days_from_end", days: -6 };

const DAY_MS = 86_400_000;

/**
 * Calendar days from `today` to the deadline day: 0 on the day itself (still on time until it ends in Beijing),
 * negative once it has passed (-1 the day after).
 */
export function daysUntil(deadline: Date, today: Date): number {
  return Math.round((deadline.getTime() - today.getTime()) / DAY_MS);
}
