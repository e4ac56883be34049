// Which fields of a record a save would change, and which differ from what a stale save sent (decision 0023).

/** How a stored or submitted value compares and shows: decimals as numbers, days as YYYY-MM-DD, nothing as null. */
export type ComparableValue = string | number | boolean | null;

export function comparable(value: unknown): ComparableValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "toNumber" in value && typeof value.toNumber === "function")
    return Number(value.toNumber());
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

export interface FieldDifference {
  field: string;
  /** What the record holds */
  current: ComparableValue;
  /** What the save sent */
  yours: ComparableValue;
}

/** The fields of `sent` whose value differs from the record's, in the order they were sent. */
export function changedFields(record: object, sent: Record<string, unknown>): FieldDifference[] {
  return Object.entries(sent).flatMap(([field, value]) => {
    const current = comparable((record as Record<string, unknown>)[field]);
    const yours = comparable(value);
    return current === yours ? [] : [{ field, current, yours }];
  });
}
