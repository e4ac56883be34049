import type { IndicatorResult } from "@/lib/indicators/result";

/** The value of a result the test expects to be computable (fails the test with the reason otherwise). */
export function valueOf(result: IndicatorResult): number {
  if (!result.computable) throw new Error(`expected a value, got not computable: ${result.reason}`);
  return result.value;
}
