// Small numeric helpers shared by the indicator formulas.

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
