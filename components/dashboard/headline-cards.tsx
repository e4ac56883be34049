import { localized } from "@/lib/utils/localized";
import { SampleStandardsNote } from "@/components/indicators/sample-standards-note";
import { CLASS_TWO_INDICATOR_KEYS } from "@/lib/indicators/effective-standards";
import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { IndicatorValue } from "@/components/indicators/indicator-value";
import { StatusBadge } from "@/components/indicators/status-badge";
import { TargetText } from "@/components/indicators/target-text";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import type { IndicatorRow } from "@/lib/indicators/indicator-rows";

/** One card per programme target: value, target and deadline, status, and the distance and pace to the target. */
export function HeadlineCards({
  rows,
  keys,
  countyId,
  sampleStandards = false,
  linksToDetail = true,
}: {
  rows: readonly IndicatorRow[];
  keys: readonly string[];
  countyId: number | null;
  /** Whether the indicator names link to their detail pages (a city's; not for the province's read-only views) */
  linksToDetail?: boolean;
  /** The Class Ⅱ values in force are a demo sample: its cards say 示例（非官方） */
  sampleStandards?: boolean;
}) {
  const t = useTranslations("dashboard");
  const tIndicators = useTranslations("indicators");
  const locale = useLocale();
  const cards = keys.flatMap((key) => rows.filter((row) => row.definition.key === key));
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label={t("headlines")}>
      {cards.map(({ definition, value, target, status, isAwaitingApproval }) => {
        const name = localized(definition, "name", locale);
        const number = (amount: number) =>
          formatIndicatorNumber(
            Math.abs(amount),
            definition.valueType === "COUNT" ? "DECIMAL" : definition.valueType,
            locale,
          );
        const gap = status.current !== null && status.target !== null ? status.target - status.current : null;
        const pace =
          status.status === "met"
            ? null
            : [
                gap !== null && t("gap", { gap: number(gap) }),
                status.requiredPacePerQuarter !== null &&
                  t("paceNeeded", { pace: number(status.requiredPacePerQuarter) }),
                status.slopePerQuarter !== null &&
                  t("paceActual", {
                    pace: `${status.slopePerQuarter < 0 ? "−" : "+"}${number(status.slopePerQuarter)}`,
                  }),
              ]
                .filter(Boolean)
                .join(" · ");
        return (
          <li
            key={definition.key}
            data-indicator={definition.key}
            className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <div className="flex items-start justify-between gap-2">
              {linksToDetail ? (
                <Link
                  href={`/indicators/${definition.key}${countyId ? `?county=${countyId}` : ""}`}
                  className="text-sm font-medium text-slate-700 hover:text-brand-700 hover:underline"
                >
                  {name}
                </Link>
              ) : (
                <span className="text-sm font-medium text-slate-700">{name}</span>
              )}
              <StatusBadge status={status.status} />
            </div>
            <p className="text-2xl font-semibold text-slate-900" data-testid="headline-value">
              <IndicatorValue
                result={value?.result ?? null}
                definition={definition}
                isAwaitingApproval={isAwaitingApproval}
              />
            </p>
            <p className="text-xs text-slate-600">
              <TargetText target={target} definition={definition} showSource />
            </p>
            {/* Why the status is what it is, in words: read on the card, not hidden in a tooltip. */}
            <p className="text-xs text-slate-700">{tIndicators(`statusReason.${status.reason}`)}</p>
            {pace && <p className="text-xs text-slate-500">{pace}</p>}
            {sampleStandards && CLASS_TWO_INDICATOR_KEYS.includes(definition.key) && <SampleStandardsNote />}
          </li>
        );
      })}
    </ul>
  );
}
