// 核查 (sampled verification, decision 0040): city staff draw a recorded random sample of a quarter's approved
// county values and record, for each, whether its sources confirm it. Pure: unit-tested; the SQL draw and the
// finding writes take their limits and rules from here.
import type { VerificationFinding } from "@/lib/generated/prisma/enums";

export const SAMPLE_SIZE_MAX = 50;
export const SAMPLE_SIZE_DEFAULT = 10;
export const SEED_MAX = 64;
export const FINDING_NOTE_MAX = 500;
const SEED_DIGITS = 6;
/** What a verifier records; PENDING is the state before. */
export const RECORDED_FINDINGS = [
  "CONFIRMED",
  "DISCREPANCY",
] as const satisfies readonly VerificationFinding[];

/**
 * A fresh seed for a draw: the quarter it samples and a random number of six digits (`pick` draws one below its
 * argument), short enough to read aloud and type back.
 * The draw orders the population by md5(seed || ':' || value id), so one seed over the same values always gives
 * the same sample, and anyone can repeat it.
 */
export function freshSeed(
  quarter: { year: number; quarter: number },
  pick: (below: number) => number,
): string {
  const number = pick(10 ** SEED_DIGITS)
    .toString()
    .padStart(SEED_DIGITS, "0");
  return `${quarter.year}Q${quarter.quarter}-${number}`;
}

export interface FindingsSummary {
  total: number;
  pending: number;
  confirmed: number;
  discrepancies: number;
}

/** Findings counted from grouped counts (a query's GROUP BY finding): the verification list and the briefing. */
export function summariseFindingCounts(
  counts: readonly { finding: VerificationFinding; count: number }[],
): FindingsSummary {
  const of = (finding: VerificationFinding) =>
    counts.filter((row) => row.finding === finding).reduce((sum, row) => sum + row.count, 0);
  const [pending, confirmed, discrepancies] = [of("PENDING"), of("CONFIRMED"), of("DISCREPANCY")];
  return { total: pending + confirmed + discrepancies, pending, confirmed, discrepancies };
}

/** A sample's items counted by finding. */
export function summariseFindings(items: readonly { finding: VerificationFinding }[]): FindingsSummary {
  return summariseFindingCounts(items.map((item) => ({ finding: item.finding, count: 1 })));
}

/** A finding is recorded once; a later correction would need its own history, which 核查 does not keep. */
export function canRecordFinding(current: VerificationFinding): boolean {
  return current === "PENDING";
}
