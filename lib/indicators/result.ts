// The result of every indicator formula: a value, or the reason it cannot be computed. A formula never returns NaN,
// Infinity or a stand-in 0 for "cannot be computed": the dashboard shows the reason instead of a number.

/** Every reason a formula may give; the UI translates each one. */
export const NOT_COMPUTABLE_REASONS = [
  "no_data",
  "no_teachers",
  "no_urban_teachers",
  "no_rural_teachers",
  // The rural bachelor-or-higher share is 0, so the urban:rural ratio has no finite value.
  "zero_rural_share",
  "no_rotated_teachers",
  "no_principals",
  "no_schools",
  "no_rural_schools",
  "no_town_seat_schools",
  "zero_enrolment",
  // Every school has none of a resource: the coefficient of variation divides by the mean.
  "zero_mean",
  "threshold_not_configured",
] as const;

export type NotComputableReason = (typeof NOT_COMPUTABLE_REASONS)[number];

export type NotComputable = { computable: false; reason: NotComputableReason };

export type IndicatorResult =
  { computable: true; value: number; numerator?: number; denominator?: number } | NotComputable;

export function notComputable(reason: NotComputableReason): NotComputable {
  return { computable: false, reason };
}

/** The bounds of every value in % (PERCENT), reported or targeted. */
export const PERCENT_RANGE = { min: 0, max: 100 } as const;

/** numerator ÷ denominator × 100, e.g. a share of teachers; not computable when the denominator is 0. */
export function percentOf(
  numerator: number,
  denominator: number,
  reasonIfNoDenominator: NotComputableReason,
): IndicatorResult {
  return quotient(numerator, denominator, 100, reasonIfNoDenominator);
}

/** numerator ÷ denominator; not computable when the denominator is 0. */
export function ratioOf(
  numerator: number,
  denominator: number,
  reasonIfNoDenominator: NotComputableReason,
): IndicatorResult {
  return quotient(numerator, denominator, 1, reasonIfNoDenominator);
}

function quotient(
  numerator: number,
  denominator: number,
  scale: number,
  reasonIfNoDenominator: NotComputableReason,
): IndicatorResult {
  // Counts, areas and amounts are never negative: such an input is a bug upstream, not a missing value.
  if (!isNonNegativeNumber(numerator) || !isNonNegativeNumber(denominator)) {
    throw new RangeError(`Expected non-negative finite numbers, got ${numerator} ÷ ${denominator}`);
  }
  if (denominator === 0) return notComputable(reasonIfNoDenominator);
  // Scaling before dividing keeps exact ties exact: 57 × 100 ÷ 100 is 57, whereas 57 ÷ 100 × 100 is 56.99999999999999.
  return { computable: true, value: (numerator * scale) / denominator, numerator, denominator };
}

function isNonNegativeNumber(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}
