// Charts of the briefing drawn with react-pdf's SVG primitives from the same series as the dashboard charts.
// Black and grey only: the target line is dashed and labelled, so the chart reads in black-and-white print.
import { Circle, Line, Polyline, Rect, Svg, Text } from "@react-pdf/renderer";
import type { ComparisonChart, TrendChart } from "@/lib/briefings/compose-briefing";
import { tickText, valueScale } from "@/lib/charts/value-scale";
import { PDF_FONT_FAMILY } from "./fonts";

const AXIS = "#000000";
const GRID = "#bbbbbb";
const SERIES = "#333333";
const BAR = "#888888";

export function TrendChartSvg({
  chart,
  width,
  height,
}: {
  chart: TrendChart;
  width: number;
  height: number;
}) {
  const left = 34;
  const right = 8;
  const top = 10;
  const bottom = 22;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const { domain, ticks } = valueScale(
    chart.points.map((point) => point.value),
    { valueType: chart.valueType, target: chart.target, kind: "line" },
  );
  const [min, max] = domain;
  const x = (index: number) =>
    left + (chart.points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (chart.points.length - 1));
  const y = (value: number) => top + plotHeight - ((value - min) / (max - min)) * plotHeight;
  return (
    <Svg width={width} height={height}>
      {ticks.map((tick) => (
        <Line
          key={`grid-${tick}`}
          x1={left}
          x2={width - right}
          y1={y(tick)}
          y2={y(tick)}
          stroke={GRID}
          strokeWidth={0.5}
        />
      ))}
      {ticks.map((tick) => (
        <Text key={`tick-${tick}`} x={left - 3} y={y(tick) + 2.5} textAnchor="end" style={{ fontSize: 7 }}>
          {tickText(tick, ticks, chart.valueType)}
        </Text>
      ))}
      <Line x1={left} x2={left} y1={top} y2={top + plotHeight} stroke={AXIS} strokeWidth={0.8} />
      <Line
        x1={left}
        x2={width - right}
        y1={top + plotHeight}
        y2={top + plotHeight}
        stroke={AXIS}
        strokeWidth={0.8}
      />
      {chart.target !== null && (
        <Line
          x1={left}
          x2={width - right}
          y1={y(chart.target)}
          y2={y(chart.target)}
          stroke={AXIS}
          strokeWidth={1}
          strokeDasharray="4 3"
        />
      )}
      <Polyline
        points={chart.points.map((point, index) => `${x(index)},${y(point.value)}`).join(" ")}
        stroke={SERIES}
        strokeWidth={1.4}
        fill="none"
      />
      {chart.points.map((point, index) => (
        <Circle key={point.label} cx={x(index)} cy={y(point.value)} r={1.8} fill={SERIES} />
      ))}
      {chart.points.map((point, index) => (
        <Text
          key={`label-${point.label}`}
          x={x(index)}
          y={height - 8}
          textAnchor="middle"
          style={{ fontSize: 6.5 }}
        >
          {point.label.slice(2)}
        </Text>
      ))}
    </Svg>
  );
}

const BAR_ROW = 13;

/**
 * Bars from zero, one per child, with the values in their own column at the right: next to the bar's end they
 * would run into the target line or the next bar's label.
 */
export function ComparisonChartSvg({ chart, width }: { chart: ComparisonChart; width: number }) {
  const labelWidth = 104;
  const valueWidth = 40;
  const axisHeight = 12;
  const plotWidth = width - labelWidth - valueWidth - 6;
  const { domain, ticks } = valueScale(
    chart.points.map((point) => point.value),
    { valueType: chart.valueType, target: chart.target, kind: "bar" },
  );
  const [min, max] = domain;
  const x = (value: number) => labelWidth + ((value - min) / (max - min)) * plotWidth;
  const height = chart.points.length * BAR_ROW;
  return (
    <Svg width={width} height={height + axisHeight}>
      {ticks.map((tick) => (
        <Line
          key={`grid-${tick}`}
          x1={x(tick)}
          x2={x(tick)}
          y1={0}
          y2={height}
          stroke={GRID}
          strokeWidth={0.5}
        />
      ))}
      {ticks.map((tick) => (
        <Text key={`tick-${tick}`} x={x(tick)} y={height + 9} textAnchor="middle" style={{ fontSize: 6.5 }}>
          {tickText(tick, ticks, chart.valueType)}
        </Text>
      ))}
      {chart.points.map((point, index) => (
        <Text
          key={`name-${point.label}`}
          x={labelWidth - 4}
          y={index * BAR_ROW + BAR_ROW - 4}
          textAnchor="end"
          style={{ fontSize: 7.5, fontFamily: PDF_FONT_FAMILY }}
        >
          {point.label}
        </Text>
      ))}
      {chart.points.map((point, index) => (
        <Rect
          key={point.label}
          x={x(Math.min(0, point.value))}
          y={index * BAR_ROW + 2.5}
          width={Math.abs(x(point.value) - x(0))}
          height={BAR_ROW - 5}
          fill={BAR}
        />
      ))}
      {chart.points.map((point, index) => (
        <Text
          key={`value-${point.label}`}
          x={width}
          y={index * BAR_ROW + BAR_ROW - 4}
          textAnchor="end"
          style={{ fontSize: 7 }}
        >
          {point.value.toFixed(chart.fractionDigits)}
        </Text>
      ))}
      <Line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke={AXIS} strokeWidth={0.8} />
      {chart.target !== null && (
        <Line
          x1={x(chart.target)}
          x2={x(chart.target)}
          y1={0}
          y2={height}
          stroke={AXIS}
          strokeWidth={1}
          strokeDasharray="4 3"
        />
      )}
    </Svg>
  );
}

/**
 * A custom item's values over its periods as a small line in a table cell (decision 0047): a period without an
 * approved value breaks the line, a lone value is a dot. Nothing is drawn without any value.
 */
export function SparklineSvg({
  values,
  width,
  height,
}: {
  values: readonly (number | null)[];
  width: number;
  height: number;
}) {
  const known = values.filter((value): value is number => value !== null);
  if (known.length === 0) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = 2;
  const x = (index: number) =>
    values.length === 1 ? width / 2 : pad + (index * (width - 2 * pad)) / (values.length - 1);
  const y = (value: number) =>
    max === min ? height / 2 : height - pad - ((value - min) / (max - min)) * (height - 2 * pad);
  // Runs of consecutive values, each drawn as one line.
  const runs: { index: number; value: number }[][] = [[]];
  values.forEach((value, index) => {
    if (value === null) runs.push([]);
    else runs.at(-1)!.push({ index, value });
  });
  return (
    <Svg width={width} height={height}>
      {runs
        .filter((run) => run.length > 1)
        .map((run) => (
          <Polyline
            key={`run-${run[0]!.index}`}
            points={run.map((point) => `${x(point.index)},${y(point.value)}`).join(" ")}
            fill="none"
            stroke={SERIES}
            strokeWidth={1}
          />
        ))}
      {values.map((value, index) =>
        value === null ? null : (
          <Circle key={`dot-${index}`} cx={x(index)} cy={y(value)} r={1.4} fill={SERIES} />
        ),
      )}
    </Svg>
  );
}
