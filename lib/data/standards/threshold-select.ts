/** The fields of a threshold row every reader and writer of standards needs (the audit records them too). */
export const THRESHOLD_ROW_SELECT = {
  id: true,
  indicatorKey: true,
  schoolLevel: true,
  minClasses: true,
  maxClasses: true,
  comparator: true,
  value: true,
  unit: true,
  effectiveFrom: true,
  source: true,
  confidence: true,
  note: true,
} as const;
