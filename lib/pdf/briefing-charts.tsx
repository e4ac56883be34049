// Charts of the briefing drawn with react-pdf's SVG primitives from the same series as the dashboard charts.
// Black and grey only: the target line is dashed and labelled, so the chart reads in black-and-white print.
import { Circle, Line, Polyline, Rect, Svg, Text } from "@react-pdf/renderer";
import type { ComparisonChart, TrendChart } from "@/lib/briefings/compose-briefing";
import { PDF_FONT_FAMILY } from "./fonts";

const AXIS = "#000000";
const GRID = "#bbbbbb";
const SERIES = "#333333";
const BAR = "#888888";

/** Value range with a margin, always including the target so its line is on the chart. */
function valueRange(values: number[], target: number | null): [number, number] {
  const all = target === null ? values : [...values, target];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.05 || 1;
  return [min - pad, max + pad];
}

export function TrendChartSvg({
  chart,
  width,
  height,
}: {
  chart: TrendChart;
  width: number;
  height: number;
}) {
  const left = 40;
  const right = 8;
  const top = 10;
  const bottom = 22;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const [min, max] = valueRange(
    chart.points.map((point) => point.value),
    chart.target,
  );
  const x = (index: number) =>
    left + (chart.points.length === 1 ? plotWidth / 2 : (index * plotWidth) / (chart.points.length - 1));
  const y = (value: number) => top + plotHeight - ((value - min) / (max - min)) * plotHeight;
  const ticks = [min, (min + max) / 2, max];
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
          {tick.toFixed(chart.fractionDigits)}
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

export function ComparisonChartSvg({ chart, width }: { chart: ComparisonChart; width: number }) {
  const labelWidth = 104;
  const valueWidth = 40;
  const plotWidth = width - labelWidth - valueWidth;
  const values = chart.points.map((point) => point.value);
  const all = [...values, chart.baseline, ...(chart.target === null ? [] : [chart.target])];
  const max = Math.max(...all) + (Math.max(...all) - Math.min(...all)) * 0.05 || 1;
  const min = Math.min(...all);
  const x = (value: number) => labelWidth + ((value - min) / (max - min)) * plotWidth;
  const height = chart.points.length * BAR_ROW;
  return (
    <Svg width={width} height={height + 2}>
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
          x={x(Math.min(chart.baseline, point.value))}
          y={index * BAR_ROW + 2.5}
          width={Math.abs(x(point.value) - x(chart.baseline))}
          height={BAR_ROW - 5}
          fill={BAR}
        />
      ))}
      {chart.points.map((point, index) => (
        <Text
          key={`value-${point.label}`}
          x={x(Math.max(chart.baseline, point.value)) + 3}
          y={index * BAR_ROW + BAR_ROW - 4}
          style={{ fontSize: 7 }}
        >
          {point.value.toFixed(chart.fractionDigits)}
        </Text>
      ))}
      <Line
        x1={x(chart.baseline)}
        x2={x(chart.baseline)}
        y1={0}
        y2={height}
        stroke={AXIS}
        strokeWidth={0.8}
      />
      {chart.target !== null && (
        <Line
          x1={x(chart.target)}
          x2={x(chart.target)}
          y1={0}
          y2={height + 2}
          stroke={AXIS}
          strokeWidth={1}
          strokeDasharray="4 3"
        />
      )}
    </Svg>
  );
}
