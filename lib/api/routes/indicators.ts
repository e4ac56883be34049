import "server-only";
import { z } from "zod";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { listIndicatorCatalogue } from "@/lib/data/indicators/list-indicator-catalogue";
import { listThresholdsInForce } from "@/lib/data/standards/list-thresholds-in-force";
import { AppError } from "@/lib/errors";
import type { IndicatorRow } from "@/lib/indicators/indicator-rows";
import { defineRoute } from "../define-route";
import { indicatorSchema, indicatorValueSchema, periodParam, queryId } from "../schemas";

const periodText = (q: { year: number; quarter: number }) => `${q.year}Q${q.quarter}`;

export const listIndicatorsRoute = defineRoute({
  name: "listIndicators",
  method: "GET",
  path: "/indicators",
  tag: "Indicators",
  summary: "The indicator catalogue: definitions, formulas, policy sources and the thresholds in force",
  query: z.object({ indicator: z.string().max(80).optional().describe("One indicator's key") }),
  answer: z.object({ items: z.array(indicatorSchema) }),
  csv: ({ items }) => ({
    columns: [
      "key",
      "nameZh",
      "nameEn",
      "theme",
      "unit",
      "kind",
      "direction",
      "levels",
      "policySource",
      "thresholds",
    ],
    rows: items.map((i) => [
      i.key,
      i.nameZh,
      i.nameEn,
      i.theme,
      i.unit,
      i.kind,
      i.direction,
      i.levels.join("|"),
      i.policySource,
      i.thresholds.length,
    ]),
  }),
  run: async (user, { query }) => {
    const [definitions, thresholds] = await Promise.all([
      listIndicatorCatalogue(user),
      listThresholdsInForce(user),
    ]);
    return {
      items: definitions
        .filter((definition) => !query.indicator || definition.key === query.indicator)
        .map(({ sortOrder: _sortOrder, cityRollUp: _rollUp, ...definition }) => ({
          ...definition,
          thresholds: thresholds
            .filter((row) => row.indicatorKey === definition.key)
            .map(({ id: _id, setCityId: _city, overridesKey: _overrides, ...row }) => row),
        })),
    };
  },
});

function valueRows(
  org: { level: "city" | "county" | "town"; id: number; name: string; rows: IndicatorRow[] },
  filter: { indicator?: string; period?: { year: number; quarter: number } },
): z.input<typeof indicatorValueSchema>[] {
  return org.rows
    .filter((row) => !filter.indicator || row.definition.key === filter.indicator)
    .flatMap((row): z.input<typeof indicatorValueSchema>[] => {
      const current = row.value;
      const isCurrent =
        !filter.period ||
        (current !== null &&
          current.quarter.year === filter.period.year &&
          current.quarter.quarter === filter.period.quarter);
      const base = { level: org.level, unitId: org.id, unitName: org.name, indicatorKey: row.definition.key };
      if (isCurrent) {
        if (!current && filter.period) return [];
        return [
          {
            ...base,
            period: current ? periodText(current.quarter) : "",
            value: current?.result.computable ? current.result.value : null,
            notComputableReason:
              current && !current.result.computable ? current.result.reason : current ? null : "no_value",
            status: row.status.status,
            target: row.target,
            isAwaitingApproval: row.isAwaitingApproval,
          },
        ];
      }
      const point = row.history.find(
        (p) => p.year === filter.period!.year && p.quarter === filter.period!.quarter,
      );
      if (!point) return [];
      return [
        {
          ...base,
          period: periodText(point),
          value: point.value,
          notComputableReason: null,
          status: null,
          target: row.target,
          isAwaitingApproval: false,
        },
      ];
    });
}

export const listIndicatorValuesRoute = defineRoute({
  name: "listIndicatorValues",
  method: "GET",
  path: "/indicator-values",
  tag: "Indicators",
  summary: "Indicator values per unit with status and target (the dashboards' figures)",
  description:
    "Without `county`: the token's city (city-wide tokens) and its counties, or the token's county and its towns. " +
    "With `county`: that county and its towns. `level` keeps one level; `period` a past quarter from the history.",
  query: z.object({
    county: queryId.optional(),
    level: z.enum(["city", "county", "town"]).optional(),
    indicator: z.string().max(80).optional(),
    period: periodParam.optional(),
  }),
  answer: z.object({ asOf: z.iso.date(), currentPeriod: z.string(), items: z.array(indicatorValueSchema) }),
  csv: ({ items }) => ({
    columns: [
      "level",
      "unitId",
      "unitName",
      "indicatorKey",
      "period",
      "value",
      "status",
      "target",
      "targetDeadlineYear",
      "isAwaitingApproval",
    ],
    rows: items.map((v) => [
      v.level,
      v.unitId,
      v.unitName,
      v.indicatorKey,
      v.period,
      v.value,
      v.status,
      v.target?.value,
      v.target?.deadlineYear,
      v.isAwaitingApproval,
    ]),
  }),
  run: async (user, { query }) => {
    const overview = await getIndicatorOverview(user, query.county ?? null);
    // Out of scope, or a principal (who reads its school's figures on the school's pages): looks missing.
    if (!overview) throw new AppError("NOT_FOUND");
    const orgs = [overview.org, ...overview.children].filter(
      (org) => !query.level || org.level === query.level,
    );
    return {
      asOf: overview.asOf.toISOString().slice(0, 10),
      currentPeriod: periodText(overview.currentQuarter),
      items: orgs.flatMap((org) => valueRows(org, { indicator: query.indicator, period: query.period })),
    };
  },
});
