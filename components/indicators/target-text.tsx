import { useLocale, useTranslations } from "next-intl";
import { formatTargetAmount, TARGET_COMPARATORS } from "@/lib/indicators/format";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import type { ResolvedTarget } from "@/lib/indicators/targets";

export function TargetText({
  target,
  definition,
  showSource = false,
}: {
  target: ResolvedTarget | null;
  definition: Pick<IndicatorDefinitionView, "valueType" | "unit" | "unitEn" | "direction">;
  showSource?: boolean;
}) {
  const t = useTranslations("indicators");
  const locale = useLocale();
  if (!target) return <span className="text-slate-500">{t("noTarget")}</span>;
  const params = {
    comparator: TARGET_COMPARATORS[definition.direction],
    value: formatTargetAmount(target.value, definition, locale),
    year: target.deadlineYear ?? "",
  };
  return (
    <span className="whitespace-nowrap">
      {target.deadlineYear === null ? t("targetOngoing", params) : t("targetValue", params)}
      {showSource && (
        <span className="ml-1 text-xs text-slate-500">· {t(`targetSource.${target.source}`)}</span>
      )}
    </span>
  );
}
