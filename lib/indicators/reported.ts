// Quarterly reported figures rolled up from counties to the city (the catalogue says how for each indicator):
// counts and amounts add up; rates and per-pupil figures are averaged over the counties that reported (their
// denominators are not reported, so a weighted rate cannot be formed; the page says "mean of counties").
import type { RollUp } from "@/lib/generated/prisma/enums";
import { sum } from "@/lib/utils/numbers";
import type { Quarter } from "@/lib/utils/periods";
import { type IndicatorResult, notComputable } from "./result";

/**
 * A cumulative (year-to-date) figure restarts each January: in a year's first quarter it has no earlier quarter of
 * its year to be compared with or added to.
 */
export function restartsCumulativeYear(quarter: Quarter): boolean {
  return quarter.quarter === 1;
}

/** The city's value from the approved county values (counties that have not reported are left out). */
export function rollUpReported(method: RollUp, countyValues: readonly number[]): IndicatorResult {
  if (countyValues.length === 0) return notComputable("no_data");
  const total = sum(countyValues);
  return { computable: true, value: method === "SUM" ? total : total / countyValues.length };
}
