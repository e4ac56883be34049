import { businessDay, endOfBusinessDay, type Quarter } from "./periods";

/** A reporting period row's quarter (the database keeps 1–4 by its unique key). */
export function quarterOfPeriod(period: { year: number; quarter: number }): Quarter {
  return { year: period.year, quarter: period.quarter as Quarter["quarter"] };
}

/** A report filed after the deadline day (in Beijing) is late; the whole deadline day itself counts as on time. */
export function isAfterDeadline(deadline: Date, at: Date): boolean {
  return at >= endOfBusinessDay(deadline);
}

/** Whole days from today (in Beijing) to the deadline day: 0 on the day itself, negative once it has passed. */
export function daysToDeadline(deadline: Date, now: Date): number {
  return Math.round((deadline.getTime() - businessDay(now).getTime()) / 86_400_000);
}
