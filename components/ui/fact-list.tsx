import type { ReactNode } from "react";

/** Labelled figures in a grid (a school's facts, a status's explanation): a definition list, read as pairs. */
export function FactList({
  facts,
  className,
}: {
  facts: [label: string, value: ReactNode][];
  className: string;
}) {
  return (
    <dl className={`grid grid-cols-2 ${className}`}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="tabular-nums text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
