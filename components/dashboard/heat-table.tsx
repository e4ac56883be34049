import { localized } from "@/lib/utils/localized";
import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { IndicatorValue } from "@/components/indicators/indicator-value";
import { Table, Th } from "@/components/ui/table";
import { formatIndicatorValue } from "@/lib/indicators/format";
import type { OrgIndicators } from "@/lib/data/indicators/get-indicator-overview";
import type { SortDirection } from "@/lib/indicators/dashboard";
import {
  isNormalisable,
  NORMALISED_VALUE_TYPE,
  type FairTable,
  type Normalisation,
  type PeerGroupKey,
  type PeerScheme,
} from "@/lib/indicators/fair-rankings";
import type { IndicatorDefinitionView } from "@/lib/indicators/indicator-rows";
import { STATUS_SYMBOLS, type StatusKind } from "@/lib/indicators/status";

// Each status has a symbol as well as a colour (the legend above the table says which is which).
const CELL_BACKGROUNDS: Record<StatusKind, string> = {
  met: "bg-green-50",
  on_track: "bg-sky-50",
  at_risk: "bg-amber-100",
  off_track: "bg-red-100",
  no_data: "bg-slate-50",
  no_target: "",
};

/** The chosen figures and peer groups (lib/indicators/fair-rankings.ts), for any level's units. */
export interface HeatTableFairness {
  table: FairTable;
  normalisation: Normalisation;
  scheme: PeerScheme;
}

/**
 * Units (counties, or a province's cities) × indicators with status per cell; column headers sort (a link, so the
 * sorted view can be shared). With `fair`, counts show per the chosen base, each unit states its peer group, and
 * when sorted, its rank in that group. The status stays the raw figure's against its target.
 */
export function HeatTable({
  units,
  definitions,
  sort,
  sortHref,
  unitHref,
  caption,
  unitLabel,
  fair,
}: {
  units: readonly OrgIndicators[];
  definitions: readonly IndicatorDefinitionView[];
  sort: { key: string; direction: SortDirection } | null;
  sortHref: (key: string, direction: SortDirection) => string;
  /** A unit's own page, or null where the viewer may not open it (its name is then plain text) */
  unitHref: (unit: OrgIndicators) => string | null;
  /** The table's caption and its first column's header: the counties' unless given (the province's cities) */
  caption?: string;
  unitLabel?: string;
  fair?: HeatTableFairness;
}) {
  const t = useTranslations("dashboard");
  const tFair = useTranslations("dashboard.fair");
  const groupName = (group: PeerGroupKey | null | undefined) =>
    fair ? tFair(`groups.${fair.scheme}.${group ?? "none"}`) : "";
  const isNormalised = (definition: IndicatorDefinitionView) =>
    fair !== undefined && fair.normalisation !== "raw" && isNormalisable(definition);
  const tStatus = useTranslations("indicators.status");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  return (
    <Table caption={caption ?? t("heatTable")} className="heat-table">
      <thead>
        <tr>
          <Th className="sticky left-0 z-10">{unitLabel ?? t("county")}</Th>
          {definitions.map((definition) => {
            const isSorted = sort?.key === definition.key;
            const next: SortDirection = isSorted && sort.direction === "desc" ? "asc" : "desc";
            return (
              <Th
                key={definition.key}
                className="w-32 min-w-32 align-bottom text-xs whitespace-normal!"
                aria-sort={isSorted ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}
              >
                <Link
                  href={sortHref(definition.key, next)}
                  scroll={false}
                  className="hover:text-brand-700 hover:underline"
                  title={t("sortBy", { name: localized(definition, "name", locale) })}
                >
                  {localized(definition, "name", locale)}
                  {isNormalised(definition) && fair && (
                    <span className="block font-normal text-slate-500">
                      {tFair("perHeader", { per: tFair(`per.${fair.normalisation}`) })}
                    </span>
                  )}
                  {isSorted && <span aria-hidden="true">{sort.direction === "asc" ? " ▲" : " ▼"}</span>}
                </Link>
              </Th>
            );
          })}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {units.map((unit) => (
          <tr key={unit.id}>
            {/* The county names its row, so a screen reader announces it with each cell. */}
            <th
              scope="row"
              className="sticky left-0 z-10 bg-white px-3 py-2 text-left align-top font-normal whitespace-nowrap"
            >
              {unitHref(unit) === null ? (
                <span className="font-medium">{localized(unit, "name", locale)}</span>
              ) : (
                <Link href={unitHref(unit)!} className="font-medium text-brand-700 hover:underline">
                  {localized(unit, "name", locale)}
                </Link>
              )}
              {fair ? (
                <span className="block text-xs text-slate-500" data-peer-group>
                  {fair.table.ranks.get(unit.id)
                    ? tFair("rankInGroup", {
                        rank: fair.table.ranks.get(unit.id)!.rank,
                        of: fair.table.ranks.get(unit.id)!.of,
                        group: groupName(fair.table.groups.get(unit.id)),
                      })
                    : groupName(fair.table.groups.get(unit.id))}
                </span>
              ) : (
                unit.countyKind && (
                  <span className="ml-1 text-xs text-slate-500">
                    {tEnums(`countyKind.${unit.countyKind}`)}
                  </span>
                )
              )}
            </th>
            {definitions.map((definition) => {
              const row = unit.rows.find((item) => item.definition.key === definition.key);
              const status = row?.status.status ?? "no_data";
              const result = fair ? fair.table.resultOf(unit.id, row) : (row?.value?.result ?? null);
              const shown = isNormalised(definition)
                ? { ...definition, valueType: NORMALISED_VALUE_TYPE }
                : definition;
              // A bare cell: its classes are the table's (`heat-table` in app/globals.css) and a computable figure is
              // plain text, so that a city's few hundred cells stay cheap to send and to hydrate (decision 0052).
              return (
                <td
                  key={definition.key}
                  className={CELL_BACKGROUNDS[status] || undefined}
                  title={tStatus(status)}
                  data-status={status}
                  data-column={definition.key}
                >
                  <b aria-hidden="true">{STATUS_SYMBOLS[status]}</b>
                  <span className="sr-only">{tStatus(status)}：</span>
                  {result?.computable ? (
                    formatIndicatorValue(result.value, shown, locale)
                  ) : (
                    <IndicatorValue result={result} definition={shown} />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
