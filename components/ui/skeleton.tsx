/** The shape of a card while its data loads (announced once by the region, not per block). */
export function CardSkeleton({ lines = 4, className = "" }: { lines?: number; className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}
    >
      <div className="mb-4 h-4 w-1/3 rounded bg-slate-200" />
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="mb-2 h-3 rounded bg-slate-100" style={{ width: `${90 - index * 12}%` }} />
      ))}
    </div>
  );
}
