"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** A chart's figures as text: a header row, then one row per category (its first cell names the row). */
export interface ChartTable {
  head: string[];
  rows: string[][];
}

/** What every chart of one value per category, against a target, is given besides its data. */
export interface ValueChartProps {
  target: number | null;
  targetLabel: string;
  valueLabel: string;
  ariaLabel: string;
  fractionDigits: number;
}

/** The table of a chart of one value per category, with the target (when there is one) as its last row. */
export function valueTable({
  valueLabel,
  rows,
  target,
  targetLabel,
  format,
}: {
  valueLabel: string;
  rows: { label: string; value: number }[];
  target: number | null;
  targetLabel: string;
  format: (value: number) => string;
}): ChartTable {
  return {
    head: ["", valueLabel],
    rows: [
      ...rows.map((row) => [row.label, format(row.value)]),
      ...(target === null ? [] : [[targetLabel, format(target)]]),
    ],
  };
}

/**
 * The labelled frame of a chart, with its figures as a table under a disclosure: read by screen readers and by anyone
 * who wants the exact values, and rendered on the server. The chart itself draws in the browser only: Recharts
 * measures its container, so a server render would be empty anyway and only cost the server time on every request.
 */
export function ChartFrame({
  ariaLabel,
  className,
  table,
  children,
}: {
  ariaLabel: string;
  className: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const t = useTranslations("dashboard");
  const isBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <figure>
      <div role="img" aria-label={ariaLabel} className={className}>
        {isBrowser ? children : null}
      </div>
      <details className="mt-2 text-xs text-slate-600">
        <summary className="cursor-pointer select-none">{t("chartTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left tabular-nums">
            <caption className="sr-only">{ariaLabel}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                {table.head.map((label, index) => (
                  <th
                    key={index}
                    scope="col"
                    className={`py-1 pr-3 font-medium ${index > 0 ? "text-right" : ""}`}
                  >
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map(([name, ...cells], index) => (
                <tr key={index} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {name}
                  </th>
                  {cells.map((cell, cellIndex) => (
                    <td key={cellIndex} className="py-1 pr-3 text-right">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
