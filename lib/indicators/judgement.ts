// Judging values against thresholds and targets, and combining the verdicts.
import type { IndicatorDirection } from "@/lib/generated/prisma/enums";
import { type IndicatorResult, type NotComputableReason, notComputable, percentOf } from "./result";

// Values computed in floating point can land a rounding error away from an exact tie (0.57 × 100 is
// 56.99999999999999). A value exactly at its bound reaches it, so comparisons allow a relative tolerance far below
// any precision the dashboard shows.
export const RELATIVE_TOLERANCE = 1e-9;

/** Whether `value` reaches `bound`: ≥ for AT_LEAST, ≤ for AT_MOST; a tie reaches it. */
export function reaches(value: number, bound: number, direction: IndicatorDirection): boolean {
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(bound));
  return direction === "AT_LEAST" ? value >= bound - tolerance : value <= bound + tolerance;
}

/** Pass, fail, or not judgeable because a threshold is not configured (shown as neither pass nor fail). */
export type Verdict = "pass" | "fail" | "not_judgeable";

/** Marks of a verdict, as the status marks (STATUS_SYMBOLS): √ pass, × fail, — not judgeable. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = { pass: "√", fail: "×", not_judgeable: "—" };

/** One value checked against a "≥" threshold. A null threshold is "not configured" and leaves the rest null. */
export interface ThresholdCheck<Key extends string = string> {
  key: Key;
  value: number;
  threshold: number | null;
  met: boolean | null;
  /** value ÷ threshold (1 = exactly at the threshold); null when not configured or the threshold is 0 */
  ratioToThreshold: number | null;
  /** How far below the threshold the value is, in the indicator's own unit; 0 when met */
  gap: number | null;
}

export function checkAtLeast<Key extends string>(
  key: Key,
  value: number,
  threshold: number | null,
): ThresholdCheck<Key> {
  if (threshold === null) return { key, value, threshold, met: null, ratioToThreshold: null, gap: null };
  const met = reaches(value, threshold, "AT_LEAST");
  return {
    key,
    value,
    threshold,
    met,
    ratioToThreshold: threshold > 0 ? value / threshold : null,
    gap: met ? 0 : threshold - value,
  };
}

/** Every item must be met; one threshold not configured leaves the verdict not judgeable. */
export function verdictOfAllMet(checks: readonly ThresholdCheck[]): Verdict {
  if (checks.some((check) => check.met === null)) return "not_judgeable";
  return checks.every((check) => check.met) ? "pass" : "fail";
}

/** Every part must pass: one failing part fails the whole; otherwise one part not judgeable leaves it not judgeable. */
export function verdictOfAllParts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("fail")) return "fail";
  if (verdicts.includes("not_judgeable")) return "not_judgeable";
  return "pass";
}

/** Share (%) of passing verdicts, e.g. of schools meeting a standard; not computable while one cannot be judged. */
export function passingShare(
  verdicts: readonly Verdict[],
  reasonIfNone: NotComputableReason,
): IndicatorResult {
  if (verdicts.includes("not_judgeable")) return notComputable("threshold_not_configured");
  const passing = verdicts.filter((verdict) => verdict === "pass").length;
  return percentOf(passing, verdicts.length, reasonIfNone);
}
