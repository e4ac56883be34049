// How indicator values read on a page: the precision each value type needs to be judged against its target
// (a ratio against 1.05 needs three decimals, a share one), with the locale's digit grouping.
import { localized } from "@/lib/utils/localized";
import type { IndicatorDirection, ValueType } from "@/lib/generated/prisma/enums";

const FRACTION_DIGITS: Record<ValueType, number> = {
  COUNT: 0,
  AMOUNT: 0,
  PERCENT: 1,
  RATIO: 3,
  DECIMAL: 2,
  BOOLEAN: 0,
};

/** Decimals a value of the type is shown with (on pages, in tables and on chart labels). */
export function fractionDigitsOf(valueType: ValueType): number {
  return FRACTION_DIGITS[valueType];
}

type UnitOf = { valueType: ValueType; unit: string; unitEn: string };

function numberFormat(locale: string, minimumFractionDigits: number, maximumFractionDigits: number) {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", {
    minimumFractionDigits,
    maximumFractionDigits,
  });
}

export function formatIndicatorNumber(value: number, valueType: ValueType, locale: string): string {
  const digits = FRACTION_DIGITS[valueType];
  return numberFormat(locale, digits, digits).format(value);
}

function withUnit(number: string, indicator: UnitOf, locale: string): string {
  const unit = localized(indicator, "unit", locale);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** The value with its unit ("86.2%", "1.067", "164 所"); percentages carry no space. */
export function formatIndicatorValue(value: number, indicator: UnitOf, locale: string): string {
  return withUnit(formatIndicatorNumber(value, indicator.valueType, locale), indicator, locale);
}

/**
 * A target as it was set ("1.05", "60%", "50 节"): a measured value needs its fixed precision to be compared, a
 * target reads as policy writes it — "1.050" looks like a different figure from the 1.05 in the documents.
 */
export function formatTargetAmount(value: number, indicator: UnitOf, locale: string): string {
  return withUnit(
    numberFormat(locale, 0, FRACTION_DIGITS[indicator.valueType]).format(value),
    indicator,
    locale,
  );
}

/**
 * What targets add up to and how far they fall short (decision 0035): a count in whole units, anything else to at
 * least two decimals, so that a gap of 0.04% or 0.01 万元 does not read as 0.
 */
export function formatRollUpAmount(value: number, indicator: UnitOf, locale: string): string {
  const digits = indicator.valueType === "COUNT" ? 0 : Math.max(FRACTION_DIGITS[indicator.valueType], 2);
  return withUnit(numberFormat(locale, 0, digits).format(value), indicator, locale);
}

export const TARGET_COMPARATORS: Record<IndicatorDirection, string> = { AT_LEAST: "≥", AT_MOST: "≤" };

/** The target as the bound a value must reach: "≤ 1.05", "≥ 60%". */
export function formatTargetBound(
  value: number,
  indicator: UnitOf & { direction: IndicatorDirection },
  locale: string,
): string {
  return `${TARGET_COMPARATORS[indicator.direction]} ${formatTargetAmount(value, indicator, locale)}`;
}
