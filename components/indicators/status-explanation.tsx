import { useLocale, useTranslations } from "next-intl";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import type { IndicatorStatus } from "@/lib/indicators/status";
import { StatusBadge } from "./status-badge";
import { FactList } from "@/components/ui/fact-list";

/** The status with the numbers it was decided on, so that every colour on a dashboard can be checked by hand. */
export function StatusExplanation({
  status,
  definition,
}: {
  status: IndicatorStatus;
  definition: Pick<IndicatorDefinitionView, "valueType">;
}) {
  const t = useTranslations("indicators");
  const locale = useLocale();
  const number = (value: number | null, signed = false) =>
    value === null
      ? "—"
      : (signed && value > 0 ? "+" : "") +
        formatIndicatorNumber(
          value,
          definition.valueType === "COUNT" ? "DECIMAL" : definition.valueType,
          locale,
        );
  const facts: [string, string][] = [
    [t("explain.current"), number(status.current)],
    [t("explain.target"), number(status.target)],
    [t("explain.deadline"), status.deadlineYear === null ? "—" : String(status.deadlineYear)],
    [
      t("explain.quartersRemaining"),
      status.quartersRemaining === null ? "—" : String(status.quartersRemaining),
    ],
    [t("explain.slope"), number(status.slopePerQuarter, true)],
    [t("explain.projected"), number(status.projectedAtDeadline)],
    [t("explain.requiredPace"), number(status.requiredPacePerQuarter, true)],
    [t("explain.pointsUsed"), String(status.pointsUsed)],
  ];
  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={status.status} />
        <span>{t(`statusReason.${status.reason}`)}</span>
      </div>
      <FactList facts={facts} className="gap-x-4 gap-y-1 sm:grid-cols-4" />
      <p className="text-xs text-slate-500">{t("rule")}</p>
    </div>
  );
}
