"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { tickText, valueScale } from "@/lib/charts/value-scale";
import { ChartLegend, type LegendEntry } from "./chart-legend";

/** How far below the screen a chart starts drawing, so that it is there by the time it is scrolled to. */
const DRAW_AHEAD = "200px";

/**
 * True once the element is on or near the screen. A chart below the fold costs a phone nothing while the page loads
 * (Recharts' layout and SVG are most of the city dashboard's blocking time on a phone; decision 0050).
 */
function useIsNearScreen(): [RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || isNear) return;
    // A printed dashboard has every chart: draw at once, before the page is laid out for paper.
    const onPrint = () => flushSync(() => setIsNear(true));
    window.addEventListener("beforeprint", onPrint);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", onPrint);
    };
  }, [isNear]);
  return [ref, isNear];
}

/** A chart's figures as text: a header row, then one row per category (its first cell names the row). */
export interface ChartTable {
  head: string[];
  rows: string[][];
}

/** What every chart of one value per category, against a target, is given besides its data. */
export interface ValueChartProps {
  target: number | null;
  /** The target as a bound, "≤ 1.05" (lib/indicators/format formatTargetBound) */
  targetText: string | null;
  targetLabel: string;
  valueLabel: string;
  ariaLabel: string;
  valueType: ValueType;
}

/** The props of a Recharts value axis drawn on the shared scale: round ticks, the unit on them. */
export function valueAxis(values: number[], props: ValueChartProps, kind: "bar" | "line") {
  const { domain, ticks } = valueScale(values, { valueType: props.valueType, target: props.target, kind });
  return {
    tick: { fontSize: 12 },
    width: 56,
    domain,
    ticks,
    tickFormatter: (value: number) => tickText(value, ticks, props.valueType),
  };
}

/** The target's legend entry ("---- 目标 ≤ 1.05"), when there is a target. */
export function targetLegend({ targetLabel, targetText }: ValueChartProps): LegendEntry[] {
  return targetText === null ? [] : [{ label: `${targetLabel} ${targetText}`, swatch: "target" }];
}

/** The table of a chart of one value per category, with the target (when there is one) as its last row. */
export function valueTable({
  valueLabel,
  rows,
  targetText,
  targetLabel,
  format,
}: {
  valueLabel: string;
  rows: { label: string; value: number }[];
  targetText: string | null;
  targetLabel: string;
  format: (value: number) => string;
}): ChartTable {
  return {
    head: ["", valueLabel],
    rows: [
      ...rows.map((row) => [row.label, format(row.value)]),
      ...(targetText === null ? [] : [[targetLabel, targetText]]),
    ],
  };
}

/**
 * The labelled frame of a chart, with its figures as a table under a disclosure: read by screen readers and by anyone
 * who wants the exact values, and rendered on the server. The chart itself draws in the browser only, when it comes
 * near the screen: Recharts measures its container, so a server render would be empty anyway and only cost the server
 * time on every request.
 */
export function ChartFrame({
  ariaLabel,
  className,
  table,
  legend = [],
  children,
}: {
  ariaLabel: string;
  className: string;
  table: ChartTable;
  legend?: LegendEntry[];
  children: ReactNode;
}) {
  const t = useTranslations("charts");
  // Never on the server (Recharts measures its container, a server render would be empty), and in the browser only
  // once the chart is near the screen.
  const [ref, isNearScreen] = useIsNearScreen();
  return (
    <figure>
      <div ref={ref} role="img" aria-label={ariaLabel} className={className}>
        {isNearScreen ? children : null}
      </div>
      <ChartLegend entries={legend} />
      <details className="mt-2 text-xs text-slate-600">
        <summary className="cursor-pointer select-none">{t("dataTable")}</summary>
        <div className="relative mt-2 overflow-x-auto">
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
