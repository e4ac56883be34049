"use client";

import { ChartFrame, targetLegend, valueAxis, type ValueChartProps, valueTable } from "./chart-frame";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { fractionDigitsOf } from "@/lib/indicators/format";

export interface HistoryChartPoint {
  label: string;
  value: number;
}

/** One indicator's quarterly values with its target as a dashed line. Fed plain arrays by a server component. */
export function IndicatorHistoryChart(props: ValueChartProps & { points: HistoryChartPoint[] }) {
  const { points, target, targetText, targetLabel, valueLabel, ariaLabel, valueType } = props;
  const format = (value: number) => value.toFixed(fractionDigitsOf(valueType));
  const table = valueTable({ valueLabel, rows: points, targetText, targetLabel, format });
  return (
    <ChartFrame ariaLabel={ariaLabel} className="h-64 w-full" table={table} legend={targetLegend(props)}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            {...valueAxis(
              points.map((point) => point.value),
              props,
              "line",
            )}
          />
          <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
          {target !== null && <ReferenceLine y={target} stroke="#b91c1c" strokeDasharray="6 4" />}
          <Line
            type="monotone"
            dataKey="value"
            stroke="#1d4ed8"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
