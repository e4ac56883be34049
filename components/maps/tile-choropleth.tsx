import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { STATUS_SYMBOLS } from "@/lib/indicators/status";
import { mapLegend, type LegendEntry, type MapMode, unitFill, valueClasses } from "@/lib/maps/map-colours";
import type { MapUnit } from "@/lib/maps/map-units";
import type { TilePosition } from "@/lib/maps/tile-layouts";
import { tileLabel, tileLabelSize, tileMap } from "@/lib/maps/tile-map";

/**
 * A choropleth of any set of units (a city's counties, the province's cities) on the schematic tile map (decision
 * 0036), drawn on the server as plain SVG. Each square is a link with the unit's full name, status and figure as
 * its tooltip and accessible name; the status symbol is printed on it, so the map reads without colour. A table of
 * the same figures sits under it for readers who prefer one.
 */
export function TileChoropleth({
  units,
  layout,
  mode,
  label,
  note,
  formatBound,
  modeHref,
  labelLength,
  hasTable = true,
}: {
  units: readonly MapUnit[];
  layout: Readonly<Record<string, TilePosition>>;
  mode: MapMode;
  /** The map's accessible name: what it shows, of which units */
  label: string;
  /** What the squares stand for (the map is a diagram, not geography) */
  note: string;
  /** A legend break as the indicator writes its figures */
  formatBound: (value: number) => string;
  /** Links that switch the colouring, when the page offers the switch */
  modeHref?: (mode: MapMode) => string;
  /** Characters of a name that fit on a square: 4 Chinese ones, about 9 Latin ones */
  labelLength: number;
  /** False where the page already tables the same figures next to the map */
  hasTable?: boolean;
}) {
  const t = useTranslations("maps");
  const tStatus = useTranslations("indicators.status");
  const map = tileMap(units, layout);
  const classes = valueClasses(units.map((unit) => unit.value));
  const legend = mapLegend(units, mode);
  const titleOf = (unit: MapUnit) =>
    t("unitTitle", { name: unit.name, status: tStatus(unit.status), value: unit.valueText });
  return (
    <figure className="space-y-3">
      {modeHref && (
        <nav aria-label={t("colourBy")} className="flex items-center gap-1 text-xs text-slate-600">
          <span>{t("colourBy")}：</span>
          {(["status", "value"] as const).map((choice) => (
            <Link
              key={choice}
              href={modeHref(choice)}
              scroll={false}
              aria-current={choice === mode ? "true" : undefined}
              className="rounded-full border border-slate-200 px-2 py-0.5 hover:border-brand-600 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:text-brand-800"
            >
              {t(`mode.${choice}`)}
            </Link>
          ))}
        </nav>
      )}
      {/* On wide screens the legend stands beside the map instead of under it. */}
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:gap-8">
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width}
          height={map.height}
          role="group"
          aria-label={label}
          data-testid="tile-map"
          className="h-auto w-full lg:w-[34rem] lg:flex-none"
          style={{ maxWidth: `${map.width * 1.5}px` }}
        >
          {map.tiles.map((tile) => {
            const fill = unitFill(tile.unit, mode, classes);
            const title = titleOf(tile.unit);
            const label = tileLabel(tile.unit.name, labelLength);
            return (
              <a key={tile.unit.id} href={tile.unit.href} aria-label={title} className="group outline-none">
                <title>{title}</title>
                <path
                  d={tile.path}
                  fill={fill.fill}
                  data-code={tile.unit.code ?? undefined}
                  data-status={tile.unit.status}
                  className="stroke-white stroke-2 group-hover:stroke-slate-700 group-focus-visible:stroke-brand-700 group-focus-visible:stroke-[3]"
                />
                <text
                  x={tile.cx}
                  y={tile.cy - 6}
                  textAnchor="middle"
                  fontSize={tileLabelSize(label, 12)}
                  fontWeight={600}
                  fill={fill.ink}
                  aria-hidden="true"
                >
                  {label}
                </text>
                <text
                  x={tile.cx}
                  y={tile.cy + 12}
                  textAnchor="middle"
                  fontSize={10}
                  fill={fill.ink}
                  aria-hidden="true"
                >
                  {`${STATUS_SYMBOLS[tile.unit.status]} ${tile.unit.value === null ? t("noData") : tile.unit.valueText}`}
                </text>
              </a>
            );
          })}
        </svg>
        <figcaption className="space-y-2 text-xs text-slate-600 lg:max-w-xs">
          <ul aria-label={t("legend")} className="flex flex-wrap gap-x-4 gap-y-1 lg:flex-col">
            {legend.map((entry) => (
              <li key={legendKey(entry)} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block size-3 rounded-sm ring-1 ring-slate-300"
                  style={{ backgroundColor: entry.fill.fill }}
                />
                <span>
                  {entry.kind === "status"
                    ? `${STATUS_SYMBOLS[entry.status]} ${tStatus(entry.status)}`
                    : entry.kind === "value"
                      ? t("range", { from: formatBound(entry.from), to: formatBound(entry.to) })
                      : `${STATUS_SYMBOLS.no_data} ${t("noData")}`}
                </span>
                <span className="text-slate-500">({t("unitCount", { count: entry.count })})</span>
              </li>
            ))}
          </ul>
          <p>{note}</p>
        </figcaption>
      </div>
      {hasTable && (
        <details className="text-sm">
          <summary className="cursor-pointer text-xs text-brand-700 hover:underline">{t("asTable")}</summary>
          <div className="mt-2">
            <Table caption={label}>
              <thead>
                <tr>
                  <Th>{t("columns.unit")}</Th>
                  <Th>{t("columns.status")}</Th>
                  <Th className="text-right">{t("columns.value")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {units.map((unit) => (
                  <tr key={unit.id}>
                    <Td>
                      <Link href={unit.href} className="text-brand-700 hover:underline">
                        {unit.name}
                      </Link>
                    </Td>
                    <Td data-status={unit.status}>
                      <span aria-hidden="true" className="mr-1 font-bold">
                        {STATUS_SYMBOLS[unit.status]}
                      </span>
                      {tStatus(unit.status)}
                    </Td>
                    <Td className="text-right tabular-nums">{unit.valueText}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </details>
      )}
    </figure>
  );
}

function legendKey(entry: LegendEntry): string {
  if (entry.kind === "status") return entry.status;
  if (entry.kind === "value") return `${entry.from}`;
  return "no_data";
}
