// A town moved to another county (a functional zone taking over towns) takes its schools along from a day; the
// quarters before keep counting them in the old county (decision 0026). Pure: the day rule and what a move writes.

/** Refusals are keys under `errors.divisions.` */
export type TownMoveRefusal = "moveInFuture" | "moveBeforeLastChange";

export interface MovedSchool {
  id: number;
  /** The day its latest past state ended (its last dated change or move), if it has one */
  lastChangeOn: Date | null;
}

export type TownMovePlan =
  { ok: true; pastStateSchoolIds: number[] } | { ok: false; refusal: TownMoveRefusal; schoolId?: number };

/**
 * The effective day lies between the moved schools' last dated change (inclusive) and today: a future day would need
 * the rows to flip at midnight, and a day before a later change would cross that school's history. Every school gets
 * a past state (its current state, in the old county) ending on the day, except one whose last change ended on that
 * very day: the state it kept then already holds the days before, in the old county.
 */
export function planTownMove(schools: readonly MovedSchool[], effectiveOn: Date, today: Date): TownMovePlan {
  const day = effectiveOn.getTime();
  if (day > today.getTime()) return { ok: false, refusal: "moveInFuture" };
  const crossing = schools.find((school) => school.lastChangeOn && school.lastChangeOn.getTime() > day);
  if (crossing) return { ok: false, refusal: "moveBeforeLastChange", schoolId: crossing.id };
  return {
    ok: true,
    pastStateSchoolIds: schools
      .filter((school) => school.lastChangeOn?.getTime() !== day)
      .map((school) => school.id),
  };
}
