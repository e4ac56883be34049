// A facility value typed in the wrong unit (170 meaning 170 万元, giving 0.19 元 per pupil) moves far from the school's
// previous record; such a move must be confirmed before it is saved (issue 22, "Numbers mean what users typed").

/** A value this many times the previous record's, or less than its share, asks for confirmation. */
export const FACILITY_CHANGE_FACTOR = 3;
/**
 * Small counts move by whole units (1 → 4 music rooms is a real change): a move is only questioned when one side is
 * at least this large.
 */
export const FACILITY_CHANGE_MIN_VALUE = 10;

export interface FacilityChange<Field extends string> {
  field: Field;
  before: number;
  after: number;
}

/**
 * The number fields whose new value is more than FACILITY_CHANGE_FACTOR times the previous record's or less than
 * its 1/FACILITY_CHANGE_FACTOR, both above zero and one of them at least FACILITY_CHANGE_MIN_VALUE. A value that
 * starts or falls to zero is not a ratio and is not questioned.
 */
export function largeFacilityChanges<Field extends string>(
  previous: Readonly<Record<Field, number>> | null,
  next: Readonly<Record<Field, number>>,
  fields: readonly Field[],
): FacilityChange<Field>[] {
  if (!previous) return [];
  return fields.flatMap((field) => {
    const before = previous[field];
    const after = next[field];
    if (!(before > 0 && after > 0) || Math.max(before, after) < FACILITY_CHANGE_MIN_VALUE) return [];
    const ratio = after / before;
    return ratio > FACILITY_CHANGE_FACTOR || ratio < 1 / FACILITY_CHANGE_FACTOR
      ? [{ field, before, after }]
      : [];
  });
}
