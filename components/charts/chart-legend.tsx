/** The key of a chart under it: a swatch per colour and the target's dashed line, so nothing is written on the plot. */
export interface LegendEntry {
  label: string;
  /** A fill colour, or "target" for the dashed target line */
  swatch: string;
}

export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
      {entries.map((entry) => (
        <li key={entry.label} className="flex items-center gap-1.5">
          {entry.swatch === "target" ? (
            <span aria-hidden className="inline-block w-5 border-t-2 border-dashed border-slate-900" />
          ) : (
            <span
              aria-hidden
              className="inline-block size-3 rounded-sm"
              style={{ backgroundColor: entry.swatch }}
            />
          )}
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
