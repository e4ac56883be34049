// How a map colours its units (decision 0036): by status, in the dashboard's status colours, with the status symbol
// on each square so the map reads without colour too; or by value, in classes of equal width between the lowest and
// the highest figure on the map. A unit without a figure is "no data" either way.
import type { StatusKind } from "@/lib/indicators/status";

export const MAP_MODES = ["status", "value"] as const;
export type MapMode = (typeof MAP_MODES)[number];

export function isMapMode(value: unknown): value is MapMode {
  return MAP_MODES.includes(value as MapMode);
}

export interface MapFill {
  fill: string;
  /** Text colour that reads on `fill` */
  ink: string;
}

/** Tints of the status badge's colours (green, sky, amber, red, slate), light enough for dark labels. */
export const STATUS_FILLS: Readonly<Record<StatusKind, MapFill>> = {
  met: { fill: "#bbf7d0", ink: "#14532d" },
  on_track: { fill: "#bae6fd", ink: "#0c4a6e" },
  at_risk: { fill: "#fde68a", ink: "#78350f" },
  off_track: { fill: "#fecaca", ink: "#7f1d1d" },
  no_data: { fill: "#f1f5f9", ink: "#475569" },
  no_target: { fill: "#e2e8f0", ink: "#334155" },
};

export const NO_DATA_FILL: MapFill = STATUS_FILLS.no_data;

/** The order of the status legend: best to worst, then the two without a judgement. */
export const STATUS_ORDER: readonly StatusKind[] = [
  "met",
  "on_track",
  "at_risk",
  "off_track",
  "no_target",
  "no_data",
];

/** A sequential blue scale, light (low) to dark (high); the two darkest take white labels. */
export const VALUE_FILLS: readonly MapFill[] = [
  { fill: "#dbeafe", ink: "#1e3a8a" },
  { fill: "#93c5fd", ink: "#1e3a8a" },
  { fill: "#60a5fa", ink: "#172554" },
  { fill: "#2563eb", ink: "#ffffff" },
  { fill: "#1e3a8a", ink: "#ffffff" },
];

export interface ValueClass extends MapFill {
  /** Inclusive lower bound */
  from: number;
  /** Upper bound: exclusive, except for the last class, which holds the highest figure */
  to: number;
}

/**
 * Equal-width classes from the lowest to the highest figure, at most `VALUE_FILLS.length` of them; one class when
 * all figures are equal, none without figures. Equal widths keep the legend's breaks round-trippable by hand.
 */
export function valueClasses(values: readonly (number | null)[]): ValueClass[] {
  const figures = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (figures.length === 0) return [];
  const min = Math.min(...figures);
  const max = Math.max(...figures);
  if (min === max) return [{ ...VALUE_FILLS[VALUE_FILLS.length - 1]!, from: min, to: max }];
  const count = Math.min(VALUE_FILLS.length, new Set(figures).size);
  const width = (max - min) / count;
  // Spread the palette over fewer classes so that two classes still differ clearly.
  return Array.from({ length: count }, (_, index) => ({
    ...VALUE_FILLS[Math.round((index * (VALUE_FILLS.length - 1)) / Math.max(1, count - 1))]!,
    from: min + index * width,
    to: index === count - 1 ? max : min + (index + 1) * width,
  }));
}

/** The class a figure falls in, or null for no figure (or one outside the classes). */
export function classOf(value: number | null, classes: readonly ValueClass[]): ValueClass | null {
  if (value === null || !Number.isFinite(value)) return null;
  return (
    classes.find((item, index) =>
      index === classes.length - 1
        ? value >= item.from && value <= item.to
        : value >= item.from && value < item.to,
    ) ?? null
  );
}

export interface MapUnitFigure {
  status: StatusKind;
  /** The figure, or null when it cannot be computed */
  value: number | null;
}

/** A unit's fill on a map coloured by `mode`. */
export function unitFill(unit: MapUnitFigure, mode: MapMode, classes: readonly ValueClass[]): MapFill {
  if (unit.value === null) return NO_DATA_FILL;
  if (mode === "status") return STATUS_FILLS[unit.status];
  return classOf(unit.value, classes) ?? NO_DATA_FILL;
}

export type LegendEntry =
  | { kind: "status"; status: StatusKind; fill: MapFill; count: number }
  | { kind: "value"; from: number; to: number; fill: MapFill; count: number }
  | { kind: "no_data"; fill: MapFill; count: number };

/**
 * The legend of a map: for status, every status in `STATUS_ORDER` that some unit has; for value, every class, then
 * "no data" when some unit has no figure. Each entry counts its units.
 */
export function mapLegend(units: readonly MapUnitFigure[], mode: MapMode): LegendEntry[] {
  if (mode === "status") {
    return STATUS_ORDER.flatMap((status) => {
      const count = units.filter((unit) => (unit.value === null ? "no_data" : unit.status) === status).length;
      if (count === 0) return [];
      return [
        status === "no_data"
          ? { kind: "no_data" as const, fill: NO_DATA_FILL, count }
          : { kind: "status" as const, status, fill: STATUS_FILLS[status], count },
      ];
    });
  }
  const classes = valueClasses(units.map((unit) => unit.value));
  const entries: LegendEntry[] = classes.map((item) => ({
    kind: "value",
    from: item.from,
    to: item.to,
    fill: { fill: item.fill, ink: item.ink },
    count: units.filter((unit) => classOf(unit.value, classes) === item).length,
  }));
  const missing = units.filter((unit) => unit.value === null).length;
  return missing > 0 ? [...entries, { kind: "no_data", fill: NO_DATA_FILL, count: missing }] : entries;
}
