// A school's 城乡分类代码, location class and town-seat flag decide which figures it counts in, so a change is kept
// with the day it took effect and the quarters before it are computed as things stood then (decision 0024).
import type { LocationClass } from "@/lib/generated/prisma/enums";

export interface SchoolState {
  urbanRuralCode: string | null;
  locationClass: LocationClass;
  isTownSeat: boolean;
}

/** How an edit that changes the state applies: from a day on, or as the correction of a mistake (always so). */
export type StateChange = { kind: "dated"; effectiveOn: Date } | { kind: "correction" };

/** Refusals are keys under `errors.schools.` */
export type StateChangeRefusal = "effectiveInFuture" | "effectiveBeforeLastChange";

export type StateChangePlan =
  | { ok: true; pastState: (SchoolState & { validUntil: Date }) | null }
  | { ok: false; refusal: StateChangeRefusal };

export function sameSchoolState(a: SchoolState, b: SchoolState): boolean {
  return (
    a.urbanRuralCode === b.urbanRuralCode &&
    a.locationClass === b.locationClass &&
    a.isTownSeat === b.isTownSeat
  );
}

/**
 * The past state an edit records. Unchanged state or a correction records none. A dated change keeps the state
 * before it as ending on the effective day, which lies between the last dated change (inclusive) and today: on the
 * last change's day, the state that began then never held and is simply replaced; before it, history would cross.
 */
export function planStateChange(
  before: SchoolState,
  after: SchoolState,
  change: StateChange,
  context: { lastChangeOn: Date | null; today: Date },
): StateChangePlan {
  if (sameSchoolState(before, after) || change.kind === "correction") return { ok: true, pastState: null };
  const day = change.effectiveOn.getTime();
  if (day > context.today.getTime()) return { ok: false, refusal: "effectiveInFuture" };
  const last = context.lastChangeOn?.getTime();
  if (last !== undefined && day < last) return { ok: false, refusal: "effectiveBeforeLastChange" };
  if (last === day) return { ok: true, pastState: null };
  return {
    ok: true,
    pastState: {
      validUntil: change.effectiveOn,
      urbanRuralCode: before.urbanRuralCode,
      locationClass: before.locationClass,
      isTownSeat: before.isTownSeat,
    },
  };
}
