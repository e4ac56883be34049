// How indicator values read on a page: the precision each value type needs to be judged against its target
// (a ratio against 1.05 needs three decimals, a share one), with the locale's digit grouping.
import { localized } from "@/lib/utils/localized";
import type { ValueType } from "@/lib/generated/prisma/enums";

const FRACTION_DIGITS: Record<ValueType, number> = {
  COUNT: 0,
  AMOUNT: 0,
  PERCENT: 1,
  RATIO: 3,
  DECIMAL: 2,
  BOOLEAN: 0,
};

export function formatIndicatorNumber(value: number, valueType: ValueType, locale: string): string {
  const digits = FRACTION_DIGITS[valueType];
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** The value with its unit ("86.2%", "1.067", "164 所"); percentages carry no space. */
export function formatIndicatorValue(
  value: number,
  indicator: { valueType: ValueType; unit: string; unitEn: string },
  locale: string,
): string {
  const number = formatIndicatorNumber(value, indicator.valueType, locale);
  const unit = localized(indicator, "unit", locale);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}
