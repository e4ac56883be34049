"use client";

import { ChartFrame, type ValueChartProps, valueTable } from "./chart-frame";
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

export interface HistoryChartPoint {
  label: string;
  value: number;
}

/** One indicator's quarterly values with its target as a dashed line. Fed plain arrays by a server component. */
export function IndicatorHistoryChart({
  points,
  target,
  targetLabel,
  valueLabel,
  ariaLabel,
  fractionDigits,
}: ValueChartProps & { points: HistoryChartPoint[] }) {
  const format = (value: number) => value.toFixed(fractionDigits);
  const values = points.map((point) => point.value).concat(target === null ? [] : [target]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.05 || 1;
  const table = valueTable({ valueLabel, rows: points, target, targetLabel, format });
  return (
    <ChartFrame ariaLabel={ariaLabel} className="h-64 w-full" table={table}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            tick={{ fontSize: 12 }}
            domain={[Math.max(0, min - pad), max + pad]}
            tickFormatter={format}
            width={56}
          />
          <Tooltip formatter={(value) => [format(Number(value)), valueLabel]} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke="#b91c1c"
              strokeDasharray="6 4"
              label={{
                value: `${targetLabel} ${format(target)}`,
                position: "insideTopRight",
                fontSize: 12,
                fill: "#b91c1c",
              }}
            />
          )}
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
