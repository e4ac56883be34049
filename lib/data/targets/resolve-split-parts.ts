import "server-only";
import { AppError } from "@/lib/errors";
import {
  checkManualSplit,
  splitByBase,
  type SplitBase,
  type SplitMethod,
  type SplitPart,
  type SplitUnit,
} from "@/lib/indicators/target-cascade";

/**
 * A refusal of the split as a whole (field null) or of one field. The message is `targetCascade.<key>` unless the
 * level words it itself (the province's missing target).
 */
export function splitRefusal(
  field: string | null,
  key: string,
  params?: Record<string, number>,
  messageKey = `targetCascade.${key}`,
) {
  return new AppError("VALIDATION", {
    messageKey,
    params,
    details: field ? { fieldErrors: { [field]: [{ key, params }] } } : undefined,
  });
}

/**
 * The parts a split writes, at either level (city → counties, decision 0035; province → cities, decision 0041):
 * typed by hand and adding up exactly, or in proportion to the units' bases by the largest remainder, which must
 * still be the preview the user confirmed. Refuses with the same messages at both levels.
 */
export async function unsafeResolveSplitParts(
  total: number,
  decimals: number,
  method: SplitMethod,
  typed: readonly SplitPart[],
  loadBases: (base: SplitBase) => Promise<SplitUnit[]>,
): Promise<SplitPart[]> {
  if (method === "manual") {
    const check = checkManualSplit(total, typed, decimals);
    if (check.notInUnits.length > 0)
      throw new AppError("VALIDATION", {
        messageKey: "targetCascade.partsNotInUnits",
        details: {
          fieldErrors: Object.fromEntries(
            check.notInUnits.map((id) => [
              `part.${id}`,
              [{ key: decimals === 0 ? "wholeNumber" : "twoDecimals" }],
            ]),
          ),
        },
      });
    if (!check.isExact)
      throw splitRefusal(null, check.gap > 0 ? "splitShort" : "splitOver", {
        sum: check.sum,
        total,
        gap: Math.abs(check.gap),
      });
    return [...typed];
  }
  const split = splitByBase(total, await loadBases(method), decimals);
  if (!split.ok) throw splitRefusal("method", split.reason);
  // The user confirmed a preview: when the bases moved since, the parts would not be the ones confirmed.
  const confirmed = new Map(typed.map((part) => [part.countyId, part.value]));
  if (
    typed.length > 0 &&
    (confirmed.size !== split.parts.length ||
      split.parts.some((part) => confirmed.get(part.countyId) !== part.value))
  )
    throw new AppError("CONFLICT", { messageKey: "targetCascade.previewChanged" });
  return split.parts;
}
