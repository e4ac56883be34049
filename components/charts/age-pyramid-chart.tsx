"use client";

import { useFormatter } from "next-intl";
import { ChartFrame } from "./chart-frame";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PyramidBand {
  label: string;
  urban: number;
  rural: number;
}

/** Urban schools' teachers to the left, rural to the right, one row per age band (youngest at the bottom). */
export function AgePyramidChart({
  bands,
  urbanLabel,
  ruralLabel,
  ariaLabel,
}: {
  bands: PyramidBand[];
  urbanLabel: string;
  ruralLabel: string;
  ariaLabel: string;
}) {
  const data = [...bands].reverse().map((band) => ({ ...band, urban: -band.urban }));
  const { number } = useFormatter();
  // One locale on the server and in the browser: the table is rendered on both.
  const format = (value: number) => number(Math.abs(value));
  const table = {
    head: ["", urbanLabel, ruralLabel],
    rows: bands.map((band) => [band.label, format(band.urban), format(band.rural)]),
  };
  return (
    <ChartFrame ariaLabel={ariaLabel} className="h-64 w-full" table={table}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          stackOffset="sign"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={format} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={80} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => format(Number(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="urban" name={urbanLabel} stackId="age" fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="rural" name={ruralLabel} stackId="age" fill="#15803d" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
