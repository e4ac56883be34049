"use client";

import { ChartFrame } from "./chart-frame";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Completeness and timeliness (%) by quarter, from plain rows. */
export function CompletenessChart({
  rows,
  labels,
  ariaLabel,
}: {
  rows: { label: string; completeness: number; timeliness: number }[];
  labels: { completeness: string; timeliness: string };
  ariaLabel: string;
}) {
  const percent = (value: number) => `${value.toFixed(1)}%`;
  const table = {
    head: ["", labels.completeness, labels.timeliness],
    rows: rows.map((row) => [row.label, percent(row.completeness), percent(row.timeliness)]),
  };
  return (
    <ChartFrame ariaLabel={ariaLabel} className="h-64 w-full" table={table}>
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" fontSize={11} padding={{ left: 8, right: 8 }} />
          <YAxis domain={[0, 100]} unit="%" fontSize={12} />
          <Tooltip formatter={(value) => percent(Number(value))} />
          <Legend />
          <Line
            type="linear"
            isAnimationActive={false}
            dataKey="completeness"
            name={labels.completeness}
            stroke="#1d4ed8"
            strokeWidth={2}
          />
          <Line
            type="linear"
            isAnimationActive={false}
            dataKey="timeliness"
            name={labels.timeliness}
            stroke="#d97706"
            strokeWidth={2}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
