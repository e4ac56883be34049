// The before and after of an audit record as a field-by-field comparison, for the audit page (issue 22: the log
// showed raw JSON).

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Stable comparison of two JSON values (objects compare by content, whatever the key order). */
function sameJson(a: unknown, b: unknown): boolean {
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  return a === b;
}

/**
 * Every field of either side, in the order the after-state lists them (then fields only the before-state has); a
 * field missing on one side is undefined there. A record that is not an object (an import's summary, say) is one
 * field, "value".
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const left = before === null || before === undefined ? {} : isRecord(before) ? before : { value: before };
  const right = after === null || after === undefined ? {} : isRecord(after) ? after : { value: after };
  const fields = [...new Set([...Object.keys(right), ...Object.keys(left)])];
  return fields.map((field) => ({
    field,
    before: left[field],
    after: right[field],
    changed: !sameJson(left[field], right[field]),
  }));
}
