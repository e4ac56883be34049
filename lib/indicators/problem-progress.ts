// 问题整改进展: the share of a unit's problems the level above has accepted (整改销号), as the ledgers report it.

/** Accepted problems as a percentage of all, or null when there are none (nothing to close is not 0% closed). */
export function problemClosureRate({ total, closed }: { total: number; closed: number }): number | null {
  return total === 0 ? null : (closed / total) * 100;
}
