// The value axis of every chart, on the dashboards and in the briefing PDF: round ticks (d3-scale's `nice`), bars
// from zero, a share never drawn past 100 %, and tick labels that carry the unit.
import { scaleLinear } from "d3-scale";
import type { ValueType } from "@/lib/generated/prisma/enums";

/** Ticks on a value axis: enough to read a value off, few enough to stay apart on a phone. */
const TICK_COUNT = 4;

export interface ValueScale {
  domain: [number, number];
  ticks: number[];
}

/**
 * The axis for `values` (and the target, whose line must be on the chart). Bars always start at zero: a bar's
 * length is its value, so a ratio of 0.982 drawn from 1.0 would look negative. A line may start above zero, but on
 * a round tick.
 */
export function valueScale(
  values: readonly number[],
  { valueType, target, kind }: { valueType: ValueType; target: number | null; kind: "bar" | "line" },
): ValueScale {
  const all = target === null ? [...values] : [...values, target];
  let low = Math.min(...all);
  let high = Math.max(...all);
  if (kind === "bar") {
    low = Math.min(0, low);
    high = Math.max(0, high);
  } else {
    const pad = (high - low) * 0.1 || Math.abs(high) * 0.05 || 1;
    low = low >= 0 ? Math.max(0, low - pad) : low - pad;
    high += pad;
  }
  if (low === high) high = low + 1;
  const scale = scaleLinear().domain([low, high]).nice(TICK_COUNT);
  const [min, niceMax] = scale.domain() as [number, number];
  const max = valueType === "PERCENT" && Math.max(...all) <= 100 ? Math.min(niceMax, 100) : niceMax;
  const ticks = scaleLinear().domain([min, max]).ticks(TICK_COUNT);
  return { domain: [min, max], ticks };
}

/** A tick's label: the few digits the ticks need, with "%" on a share's axis. */
export function tickText(value: number, ticks: readonly number[], valueType: ValueType): string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const digits = Math.max(0, Math.min(3, -Math.floor(Math.log10(step) + 1e-9)));
  const number = value.toFixed(digits);
  return valueType === "PERCENT" ? `${number}%` : number;
}
