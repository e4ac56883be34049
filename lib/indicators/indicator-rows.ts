// Turning computed and reported values into what a page shows for one org unit: value, target, status with its
// numbers, and the quarterly history the status is based on. Pure: the data layer gathers the inputs.
import type { OrgLevel, RollUp } from "@/lib/generated/prisma/enums";
import { type Quarter, quartersBetween } from "@/lib/utils/periods";
import type { IndicatorBasics } from "./catalogue";
import type { IndicatorResult } from "./result";
import { type HistoryPoint, type IndicatorStatus, indicatorStatus } from "./status";
import { type ResolvedTarget, resolveTarget, type TargetRow } from "./targets";

export interface IndicatorDefinitionView extends IndicatorBasics {
  theme: string;
  formulaZh: string | null;
  formulaEn: string | null;
  responsibleOffice: string | null;
  isCumulative: boolean;
  cityRollUp: RollUp;
  defaultTarget: number | null;
  defaultDeadlineYear: number | null;
  sortOrder: number;
}

/** One indicator's value for one org unit, with the quarter it belongs to (reported values may lag). */
export interface OrgValue {
  result: IndicatorResult;
  quarter: Quarter;
  /** Reported at city level: counties whose approved value is included, of all */
  coverage?: { reporting: number; total: number };
}

export interface IndicatorRow {
  definition: IndicatorDefinitionView;
  value: OrgValue | null;
  target: ResolvedTarget | null;
  status: IndicatorStatus;
  history: HistoryPoint[];
  /** A submission for the current quarter is waiting for approval (its figures are not shown until approved) */
  isAwaitingApproval: boolean;
}

export interface OrgRowInputs {
  level: "city" | "county";
  countyId: number | null;
  asOf: Date;
  currentQuarter: Quarter;
  values: Map<string, OrgValue>;
  history: Map<string, HistoryPoint[]>;
  targets: readonly TargetRow[];
  isAwaitingApproval: boolean;
}

/** The rows of the indicators that apply at the org unit's level, in catalogue order. */
export function buildIndicatorRows(
  definitions: readonly IndicatorDefinitionView[],
  inputs: OrgRowInputs,
): IndicatorRow[] {
  const orgLevel: OrgLevel = inputs.level === "city" ? "CITY" : "COUNTY";
  return definitions
    .filter((definition) => definition.levels.includes(orgLevel))
    .map((definition) => {
      const value = inputs.values.get(definition.key) ?? null;
      const target = resolveTarget(definition, inputs.targets, inputs.countyId, inputs.currentQuarter.year);
      const fullHistory = inputs.history.get(definition.key) ?? [];
      // Year-to-date figures start again each January: only this year's quarters make a trend.
      const history = definition.isCumulative
        ? fullHistory.filter((point) => point.year === inputs.currentQuarter.year)
        : fullHistory;
      const status = indicatorStatus({
        direction: definition.direction,
        target: target?.value ?? null,
        deadlineYear: target?.deadlineYear ?? null,
        current: value?.result ?? { computable: false, reason: "no_data" },
        history: trimToQuarter(history, value?.quarter ?? inputs.currentQuarter),
        asOf: inputs.asOf,
      });
      return {
        definition,
        value,
        target,
        status,
        history,
        isAwaitingApproval: definition.kind === "REPORTED" && inputs.isAwaitingApproval,
      };
    });
}

/** History up to and including the quarter of the value the status judges. */
function trimToQuarter(history: readonly HistoryPoint[], quarter: Quarter): HistoryPoint[] {
  return history.filter((point) => quartersBetween(point, quarter) >= 0);
}
