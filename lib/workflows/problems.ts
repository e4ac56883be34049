// A problem of the 整改台账 as a state machine (docs/decisions/0013, 0025): the county works it (start, report
// progress, submit for acceptance) and the level above the unit concerned accepts it or returns it with a reason.
// The write guards in lib/data/problems ask `transition`; the problem page asks `allowedActions`, so it offers only
// what the guard would allow.
import type { ProblemState } from "@/lib/generated/prisma/enums";
import { defineWorkflow, refuse } from "./state-machine";

export const PROBLEM_STATES = [
  "OPEN",
  "IN_PROGRESS",
  "SUBMITTED",
  "RETURNED",
  "ACCEPTED",
] as const satisfies readonly ProblemState[];

/** What the guards need of a problem: its state, and whether the viewer is the level that accepts it. */
export interface ProblemSubject {
  state: ProblemState;
  /** The city for a county's own problem, the county for a school's (isAcceptingLevel in lib/data/problems) */
  isAcceptingLevel: boolean;
}

/** Refusals are keys under `errors.problems.` (lib/i18n/messages/<locale>/problems.json). */
export type ProblemRefusal = "notStarted" | "notInProgress" | "notSubmitted" | "closed" | "notAcceptingLevel";

const closed = refuse<ProblemRefusal>("closed");
const notInProgress = refuse<ProblemRefusal>("notInProgress");
const notSubmitted = refuse<ProblemRefusal>("notSubmitted");
const acceptingLevelOnly = (subject: ProblemSubject): ProblemRefusal | null =>
  subject.isAcceptingLevel ? null : "notAcceptingLevel";

export const PROBLEM_WORKFLOW = defineWorkflow({
  states: PROBLEM_STATES,
  initial: "OPEN",
  transitions: {
    /** 开始整改, or resume after a return */
    start: {
      permission: "problems:work",
      moves: {
        OPEN: "IN_PROGRESS",
        IN_PROGRESS: refuse("notStarted"),
        SUBMITTED: notInProgress,
        RETURNED: "IN_PROGRESS",
        ACCEPTED: closed,
      },
    },
    /** 报送进展: a note and optionally the figure now */
    report: {
      permission: "problems:work",
      moves: {
        OPEN: refuse("notStarted"),
        IN_PROGRESS: "IN_PROGRESS",
        SUBMITTED: notInProgress,
        RETURNED: notInProgress,
        ACCEPTED: closed,
      },
    },
    /** 申请销号 */
    submit: {
      permission: "problems:work",
      moves: {
        OPEN: refuse("notStarted"),
        IN_PROGRESS: "SUBMITTED",
        SUBMITTED: notInProgress,
        RETURNED: notInProgress,
        ACCEPTED: closed,
      },
    },
    /** 验收销号: only the level above the unit concerned */
    accept: {
      permission: "problems:accept",
      moves: {
        OPEN: notSubmitted,
        IN_PROGRESS: notSubmitted,
        SUBMITTED: "ACCEPTED",
        RETURNED: notSubmitted,
        ACCEPTED: closed,
      },
      guard: acceptingLevelOnly,
    },
    /** 退回整改, with a reason */
    return: {
      permission: "problems:accept",
      moves: {
        OPEN: notSubmitted,
        IN_PROGRESS: notSubmitted,
        SUBMITTED: "RETURNED",
        RETURNED: notSubmitted,
        ACCEPTED: closed,
      },
      guard: acceptingLevelOnly,
    },
  },
  sets: {
    /** Not yet accepted: counted as open on the ledgers, and one per unit and item (the partial unique indexes) */
    open: ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED"],
    /** Waiting for the accepting level */
    awaitingAcceptance: ["SUBMITTED"],
    closed: ["ACCEPTED"],
  },
  refusalMessages: "problems",
});

export type ProblemAction = (typeof PROBLEM_WORKFLOW.actions)[number];

/**
 * Whether a viewer at `level` accepts a problem: the city accepts a county's own problem, the county accepts its
 * schools' (整改销号 by the level above the unit concerned). The viewer's scope has already found the problem.
 */
export function isAcceptingLevel(level: "city" | "county" | "school", problem: { schoolId: number | null }) {
  return problem.schoolId === null ? level === "city" : level === "county";
}
