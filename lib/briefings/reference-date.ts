import { compareQuarters, type Quarter, quarterEnd, quarterOf, utcDay } from "@/lib/utils/periods";

/**
 * The date every figure of a quarter's briefing or export refers to: a closed quarter is read as at its last day
 * (its computed history comes from the snapshots frozen then), the current quarter as today.
 */
export function referenceDateOf(quarter: Quarter, now: Date): Date {
  return compareQuarters(quarter, quarterOf(now)) === 0 ? utcDay(now) : quarterEnd(quarter);
}

export function isFutureQuarter(quarter: Quarter, now: Date): boolean {
  return compareQuarters(quarter, quarterOf(now)) > 0;
}
