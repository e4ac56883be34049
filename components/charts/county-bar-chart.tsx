"use client";

import { ChartFrame, targetLegend, valueAxis, type ValueChartProps, valueTable } from "./chart-frame";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { fractionDigitsOf } from "@/lib/indicators/format";
import type { StatusKind } from "@/lib/indicators/status";

const STATUS_FILL: Record<StatusKind, string> = {
  met: "#15803d",
  on_track: "#0369a1",
  at_risk: "#b45309",
  off_track: "#b91c1c",
  no_data: "#94a3b8",
  no_target: "#64748b",
};

export interface CountyBar {
  name: string;
  value: number;
  status: StatusKind;
}

/**
 * One bar per county from zero, its value written on it and the target as a dashed line; bars take the status
 * colour, which the legend names together with the target.
 */
export function CountyBarChart(
  props: ValueChartProps & { bars: CountyBar[]; statusLabels: Record<StatusKind, string> },
) {
  const { bars, statusLabels, target, targetText, targetLabel, valueLabel, ariaLabel, valueType } = props;
  const format = (value: number) => value.toFixed(fractionDigitsOf(valueType));
  const rows = bars.map((bar) => ({ label: bar.name, value: bar.value }));
  const table = valueTable({ valueLabel, rows, targetText, targetLabel, format });
  const shown = new Set(bars.map((bar) => bar.status));
  const legend = [
    ...(Object.keys(STATUS_FILL) as StatusKind[])
      .filter((status) => shown.has(status))
      .map((status) => ({ label: statusLabels[status], swatch: STATUS_FILL[status] })),
    ...targetLegend(props),
  ];
  return (
    <ChartFrame ariaLabel={ariaLabel} className="h-72 w-full" table={table} legend={legend}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 20, right: 16, bottom: 40, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="name"
            tick={{ fontSize: 11 }}
            interval={0}
            angle={-35}
            textAnchor="end"
            height={50}
          />
          <YAxis
            {...valueAxis(
              bars.map((bar) => bar.value),
              props,
              "bar",
            )}
          />
          <Tooltip formatter={(value) => format(Number(value))} />
          <Bar dataKey="value" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell key={bar.name} fill={STATUS_FILL[bar.status]} />
            ))}
            <LabelList
              dataKey="value"
              position="top"
              formatter={(value) => format(Number(value))}
              fontSize={10}
            />
          </Bar>
          {target !== null && <ReferenceLine y={target} stroke="#111827" strokeDasharray="6 4" />}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
