import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatIndicatorValue } from "@/lib/indicators/format";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import type { IndicatorResult } from "@/lib/indicators/result";

/** A value with its unit, or "—" with the reason it cannot be computed (never NaN or a stand-in 0). */
export function IndicatorValue({
  result,
  definition,
  isAwaitingApproval = false,
}: {
  result: IndicatorResult | null;
  definition: Pick<IndicatorDefinitionView, "valueType" | "unit" | "unitEn">;
  /** A newer submission waits for approval: the value shown is the last approved one */
  isAwaitingApproval?: boolean;
}) {
  const locale = useLocale();
  const t = useTranslations("indicators.notComputable");
  const tIndicators = useTranslations("indicators");
  const pending = isAwaitingApproval && (
    <span className="ml-2 align-middle" title={tIndicators("awaitingApprovalHint")}>
      <Badge tone="info">{tIndicators("awaitingApproval")}</Badge>
    </span>
  );
  if (!result || !result.computable) {
    const reason = t(result?.reason ?? "no_data");
    return (
      <span className="text-slate-500" title={reason}>
        <span aria-hidden="true">—</span>
        <span className="ml-1 text-xs">{reason}</span>
        {pending}
      </span>
    );
  }
  return (
    <span>
      <span className="tabular-nums">{formatIndicatorValue(result.value, definition, locale)}</span>
      {pending}
    </span>
  );
}
