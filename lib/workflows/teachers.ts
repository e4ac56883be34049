// A teacher's employment status as a state machine (docs/decisions/0013): the write guards in lib/data/teachers ask
// `transition` before they write, the teacher page asks `isAllowed`, and the roster's filters and export read the
// named sets, so the page never offers a rotation or a post the guard would refuse.
import type { TeacherStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow, refuse } from "./state-machine";

export const TEACHER_STATUSES = [
  "ACTIVE",
  "ON_LEAVE",
  "LEFT",
  "RETIRED",
] as const satisfies readonly TeacherStatus[];

/** Refusals are keys under `errors.teachers.` (lib/i18n/messages/<locale>/school-data.json). */
export type TeacherRefusal = "departed" | "onLeave";

const departed = refuse<TeacherRefusal>("departed");
const onLeave = refuse<TeacherRefusal>("onLeave");

export const TEACHER_WORKFLOW = defineWorkflow({
  states: TEACHER_STATUSES,
  initial: "ACTIVE",
  transitions: {
    /** 调离/离职: from the roster, whether at work or on leave; a departed teacher's record stays as it was. */
    leave: {
      permission: "teachers:edit",
      moves: { ACTIVE: "LEFT", ON_LEAVE: "LEFT", LEFT: departed, RETIRED: departed },
    },
    retire: {
      permission: "teachers:edit",
      moves: { ACTIVE: "RETIRED", ON_LEAVE: "RETIRED", LEFT: departed, RETIRED: departed },
    },
    /** 交流轮岗 starts on a day at the receiving school: only a teacher at work can begin there. */
    rotate: {
      permission: "teachers:rotate",
      moves: { ACTIVE: "ACTIVE", ON_LEAVE: onLeave, LEFT: departed, RETIRED: departed },
    },
    /** A principal's or vice-principal's post, which the principal indicators count from its first day. */
    assignPost: {
      permission: "teachers:edit",
      moves: { ACTIVE: "ACTIVE", ON_LEAVE: onLeave, LEFT: departed, RETIRED: departed },
    },
  },
  sets: {
    /** On the school's roster (at work or on leave): the roster list and its export */
    current: ["ACTIVE", "ON_LEAVE"],
    /** Off the roster: kept for the history the earlier quarters' figures were computed from */
    departed: ["LEFT", "RETIRED"],
  },
  refusalMessages: "teachers",
});

export type TeacherAction = (typeof TEACHER_WORKFLOW.actions)[number];

/** The transition that records a departure with the status the form chose. */
export function departureAction(status: "LEFT" | "RETIRED"): TeacherAction {
  return status === "RETIRED" ? "retire" : "leave";
}
