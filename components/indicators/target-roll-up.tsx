import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { TargetRollUp } from "@/lib/data/targets/get-target-roll-up";
import { formatRollUpAmount, formatTargetBound } from "@/lib/indicators/format";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import { localized } from "@/lib/utils/localized";

/**
 * Whether the counties' targets reach the city's, one row per city target (decision 0035): the rule in words, what
 * the counties' targets come to, reached or the gap, and the counties without a target of their own.
 */
export function TargetRollUpTable({
  rollUp,
  definition,
  level = "city",
}: {
  /** The checks, and the units below by id (a city's counties, or the province's cities) */
  rollUp: Pick<TargetRollUp, "rule" | "checks"> & {
    counties: { countyId: number; name: string; nameEn: string }[];
  };
  definition: Pick<IndicatorDefinitionView, "valueType" | "unit" | "unitEn" | "direction">;
  /** Whose targets are checked: a city's against its counties', or the province's against its cities' */
  level?: "city" | "province";
}) {
  const t = useTranslations(level === "province" ? "provinceTargets" : "targetCascade");
  const locale = useLocale();
  const nameOf = (countyId: number) => {
    const county = rollUp.counties.find((entry) => entry.countyId === countyId);
    return county ? localized(county, "name", locale) : String(countyId);
  };
  const names = (ids: number[]) => ids.map(nameOf).join("、");
  const ruleKey = `${rollUp.rule}${definition.direction === "AT_MOST" ? "AtMost" : ""}` as const;
  return (
    <div data-testid="target-roll-up">
      <p className="mb-2 text-sm text-slate-600">{t(`rule.${ruleKey}`)}</p>
      {rollUp.checks.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noChecks")}</p>
      ) : (
        <Table caption={t("rollUpTitle")}>
          <thead>
            <tr>
              <Th>{t("columns.deadlineYear")}</Th>
              <Th className="text-right">{t("columns.parent")}</Th>
              <Th className="text-right">{t(`columns.achieved.${rollUp.rule}`)}</Th>
              <Th>{t("columns.result")}</Th>
              <Th>{t("columns.missing")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rollUp.checks.map(({ deadlineYear, value, source, check }) => (
              <tr key={`${source}-${deadlineYear}`}>
                <Td>{deadlineYear ?? "—"}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">
                  {formatTargetBound(value, definition, locale)}
                  <span className="ml-1 text-xs text-slate-500">· {t(`source.${source}`)}</span>
                </Td>
                <Td className="text-right whitespace-nowrap tabular-nums">
                  {check.achieved === null ? "—" : formatRollUpAmount(check.achieved, definition, locale)}
                </Td>
                <Td>
                  {check.isOk ? (
                    <span className="font-medium text-green-700">{t("ok")}</span>
                  ) : (
                    <span className="font-medium text-red-700">
                      {t("gap", { gap: formatRollUpAmount(check.gap, definition, locale) })}
                    </span>
                  )}
                  {check.failing.length > 0 && (
                    <p className="text-xs text-slate-600">{t("failing", { names: names(check.failing) })}</p>
                  )}
                  {check.isUnweighted && <p className="text-xs text-slate-500">{t("unweighted")}</p>}
                </Td>
                <Td className="text-xs text-slate-600">
                  {check.missing.length > 0 ? names(check.missing) : t("noMissing")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
