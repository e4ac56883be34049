import { addDays, type Quarter } from "./periods";

/** A reporting period row's quarter (the database keeps 1–4 by its unique key). */
export function quarterOfPeriod(period: { year: number; quarter: number }): Quarter {
  return { year: period.year, quarter: period.quarter as Quarter["quarter"] };
}

/** A report filed after the deadline day is late; the deadline day itself counts as on time. */
export function isAfterDeadline(deadline: Date, at: Date): boolean {
  return at >= addDays(deadline, 1);
}

/** Whole days from `now` to the end of the deadline day (negative once it has passed). */
export function daysToDeadline(deadline: Date, now: Date): number {
  return Math.ceil((addDays(deadline, 1).getTime() - now.getTime()) / 86_400_000) - 1;
}
