"use client";

import { useFormatter } from "next-intl";
import { ChartFrame } from "./chart-frame";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

/** Categories along the axis, one bar per series in each (e.g. degrees, urban vs rural schools). */
export function GroupedBarChart({
  data,
  series,
  categoryKey,
  ariaLabel,
}: {
  data: Record<string, string | number>[];
  series: BarSeries[];
  categoryKey: string;
  ariaLabel: string;
}) {
  const { number } = useFormatter();
  const table = {
    head: ["", ...series.map((item) => item.label)],
    rows: data.map((row) => [
      String(row[categoryKey]),
      ...series.map((item) => number(Number(row[item.key] ?? 0))),
    ]),
  };
  return (
    <ChartFrame ariaLabel={ariaLabel} className="h-64 w-full" table={table}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={48} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((item) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              fill={item.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
