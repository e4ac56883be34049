/** A tiny trend line of a short series (oldest first); a single value draws a dot. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const width = 80;
  const height = 20;
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (index: number) =>
    values.length === 1 ? width / 2 : (index / (values.length - 1)) * (width - 4) + 2;
  const y = (value: number) =>
    max === min ? height / 2 : height - 2 - ((value - min) / (max - min)) * (height - 4);
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <svg width={width} height={height} role="img" aria-label={label} className="text-brand-600">
      {values.length === 1 ? (
        <circle cx={x(0)} cy={y(values[0]!)} r={2} fill="currentColor" />
      ) : (
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth={1.5} />
      )}
    </svg>
  );
}
