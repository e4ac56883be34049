// Status and projection of one indicator for one org unit against its target; the rules are
// docs/decisions/0005-status-and-projection.md.
import type { IndicatorDirection } from "@/lib/generated/prisma/enums";
import { sum } from "@/lib/utils/numbers";
import { type Quarter, quarterOf, quartersBetween } from "@/lib/utils/periods";
import { reaches } from "./judgement";
import type { IndicatorResult } from "./result";

export type StatusKind = "met" | "on_track" | "at_risk" | "off_track" | "no_data" | "no_target";

/**
 * Marks that read without colour, the same on screen, in the briefing PDF and in Excel: the marks of Chinese
 * inspection tables, which the PDF's CJK font carries. The legends in the messages (dashboards heatTableHint,
 * reports table.legend) name them; a unit test keeps the two in step.
 */
export const STATUS_SYMBOLS: Record<StatusKind, string> = {
  met: "√",
  on_track: "○",
  at_risk: "△",
  off_track: "×",
  no_data: "—",
  no_target: "·",
};

/** Why the status is what it is; the UI turns each code into an explanation. */
export const STATUS_REASONS = [
  "meets_target",
  "not_computable",
  "no_target",
  "not_met_ongoing",
  "deadline_passed",
  "too_little_history",
  "trend_toward_target",
  "trend_short_of_target",
  "stagnating_or_worsening",
] as const;

export type StatusReason = (typeof STATUS_REASONS)[number];

export interface HistoryPoint extends Quarter {
  value: number;
}

export interface StatusInput {
  direction: IndicatorDirection;
  target: number | null;
  /** The target is due on 31 December of this year; null for an ongoing target (e.g. zero dropouts at all times) */
  deadlineYear: number | null;
  current: IndicatorResult;
  /** Quarterly values, oldest first, one per quarter; the last is the quarter of `asOf` */
  history: readonly HistoryPoint[];
  asOf: Date;
}

export interface IndicatorStatus {
  status: StatusKind;
  reason: StatusReason;
  current: number | null;
  target: number | null;
  deadlineYear: number | null;
  /** Quarters after the current one up to the deadline's last quarter; 0 once it is reached or passed */
  quartersRemaining: number | null;
  slopePerQuarter: number | null;
  projectedAtDeadline: number | null;
  requiredPacePerQuarter: number | null;
  /** History points the trend looks at (the trend needs MIN_TREND_POINTS) */
  pointsUsed: number;
}

const MIN_TREND_POINTS = 4;
/** The quarters a trend looks back over, the current one included: also the history the data layer loads. */
export const TREND_QUARTERS = 8;

// A pace under 1% of the remaining gap per quarter would need more than 25 years to close it: that is stagnation,
// not progress, and it also keeps floating-point noise in a flat series from reading as a trend.
const STAGNATION_SHARE_OF_GAP = 0.01;

export function indicatorStatus(input: StatusInput): IndicatorStatus {
  const { direction, target, deadlineYear, current, asOf } = input;
  const asOfQuarter = quarterOf(asOf);
  const deadlinePassed = deadlineYear !== null && asOfQuarter.year > deadlineYear;
  const quartersRemaining =
    deadlineYear === null
      ? null
      : Math.max(0, quartersBetween(asOfQuarter, { year: deadlineYear, quarter: 4 }));
  const trendPoints = input.history.slice(-TREND_QUARTERS);
  const slopePerQuarter = trendPoints.length >= MIN_TREND_POINTS ? leastSquaresSlope(trendPoints) : null;
  const value = current.computable ? current.value : null;
  const isMet = value !== null && target !== null && reaches(value, target, direction);

  let projectedAtDeadline: number | null = null;
  let requiredPacePerQuarter: number | null = null;
  if (value !== null && quartersRemaining !== null && !deadlinePassed) {
    if (slopePerQuarter !== null) projectedAtDeadline = value + slopePerQuarter * quartersRemaining;
    if (target !== null && !isMet && quartersRemaining > 0) {
      requiredPacePerQuarter = (target - value) / quartersRemaining;
    }
  }

  const outcome = (status: StatusKind, reason: StatusReason): IndicatorStatus => ({
    status,
    reason,
    current: value,
    target,
    deadlineYear,
    quartersRemaining,
    slopePerQuarter,
    projectedAtDeadline,
    requiredPacePerQuarter,
    pointsUsed: trendPoints.length,
  });

  if (value === null) return outcome("no_data", "not_computable");
  if (target === null) return outcome("no_target", "no_target");
  if (isMet) return outcome("met", "meets_target");
  if (deadlineYear === null) return outcome("off_track", "not_met_ongoing");
  if (deadlinePassed) return outcome("off_track", "deadline_passed");
  if (slopePerQuarter === null) return outcome("at_risk", "too_little_history");

  const isTowardTarget = direction === "AT_LEAST" ? slopePerQuarter > 0 : slopePerQuarter < 0;
  const isStagnating = Math.abs(slopePerQuarter) < STAGNATION_SHARE_OF_GAP * Math.abs(target - value);
  if (!isTowardTarget || isStagnating) return outcome("off_track", "stagnating_or_worsening");
  return projectedAtDeadline !== null && reaches(projectedAtDeadline, target, direction)
    ? outcome("on_track", "trend_toward_target")
    : outcome("at_risk", "trend_short_of_target");
}

/** Least-squares slope per quarter, x being the quarter's index, so a missing quarter leaves a gap in x. */
function leastSquaresSlope(points: readonly HistoryPoint[]): number {
  const [first] = points;
  if (!first) throw new RangeError("A trend needs points");
  const samples = points.map((point) => ({ x: quartersBetween(first, point), y: point.value }));
  let previousX = -1;
  for (const { x } of samples) {
    if (x <= previousX) throw new RangeError("History points must be in distinct quarters, oldest first");
    previousX = x;
  }
  const meanX = sum(samples.map((sample) => sample.x)) / samples.length;
  const meanY = sum(samples.map((sample) => sample.y)) / samples.length;
  const covariance = sum(samples.map((sample) => (sample.x - meanX) * (sample.y - meanY)));
  const varianceX = sum(samples.map((sample) => (sample.x - meanX) ** 2));
  return covariance / varianceX;
}
