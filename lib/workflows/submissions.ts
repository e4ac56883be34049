// The quarterly reports (季度调度) and their periods as two state machines (docs/decisions/0009, 0013). The write
// guards in lib/data/submissions ask `decide` before they write; the pages ask `allowedActions` and the named sets,
// and the SQL filters by the same sets, so a view cannot offer what a guard refuses or count what a query does not.
import { can, type Permission } from "@/lib/auth/permissions";
import type { PeriodState, Role, SubmissionState } from "@/lib/generated/prisma/enums";
import { defineWorkflow, refuse } from "./state-machine";

export const SUBMISSION_STATES = [
  "NOT_STARTED",
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
] as const satisfies readonly SubmissionState[];

export const PERIOD_STATES = ["NOT_OPEN", "OPEN", "CLOSED"] as const satisfies readonly PeriodState[];

/** What a report's transitions depend on besides its own state. */
export interface ReportSubject {
  state: SubmissionState;
  periodState: PeriodState;
  /** City staff reopened it (a reopen reason is set): the one way a report of a closed period is writable */
  isReopened: boolean;
}

/** A report row as the data layer reads it, as the workflow sees it. */
export function reportSubject(report: {
  state: SubmissionState;
  reopenReason: string | null;
  period: { state: PeriodState };
}): ReportSubject {
  return { state: report.state, periodState: report.period.state, isReopened: report.reopenReason !== null };
}

/** Refusals are keys under `errors.submissions.` (lib/i18n/messages/<locale>/submissions.json). */
export type SubmissionRefusal =
  "locked" | "awaitingReview" | "periodNotOpenYet" | "periodClosed" | "notSubmitted" | "notReopenable";

// The county writes while the period is open; after it closed, only in a report city staff reopened.
function countyMayWrite(report: ReportSubject): SubmissionRefusal | null {
  if (report.periodState === "NOT_OPEN") return "periodNotOpenYet";
  if (report.periodState === "CLOSED" && !report.isReopened) return "periodClosed";
  return null;
}

const notSubmitted = refuse<SubmissionRefusal>("notSubmitted");

export const SUBMISSION_WORKFLOW = defineWorkflow({
  states: SUBMISSION_STATES,
  initial: "NOT_STARTED",
  transitions: {
    /** Save as a draft: a report not started becomes a draft; a draft or a returned report stays what it is. */
    save: {
      permission: "submissions:edit",
      moves: {
        NOT_STARTED: "DRAFT",
        DRAFT: "DRAFT",
        RETURNED: "RETURNED",
        SUBMITTED: refuse("awaitingReview"),
        APPROVED: refuse("locked"),
      },
      guard: countyMayWrite,
    },
    submit: {
      permission: "submissions:edit",
      moves: {
        NOT_STARTED: "SUBMITTED",
        DRAFT: "SUBMITTED",
        RETURNED: "SUBMITTED",
        SUBMITTED: refuse("awaitingReview"),
        APPROVED: refuse("locked"),
      },
      guard: countyMayWrite,
    },
    /** Review: only a submitted report; a draft is still the county's, an approved one is locked. */
    approve: {
      permission: "submissions:review",
      moves: {
        NOT_STARTED: notSubmitted,
        DRAFT: notSubmitted,
        SUBMITTED: "APPROVED",
        RETURNED: notSubmitted,
        APPROVED: notSubmitted,
      },
    },
    return: {
      permission: "submissions:review",
      moves: {
        NOT_STARTED: notSubmitted,
        DRAFT: notSubmitted,
        SUBMITTED: "RETURNED",
        RETURNED: notSubmitted,
        APPROVED: notSubmitted,
      },
    },
    /** Unlock for correction, with a reason: an approved report, or any report of a closed period not yet reopened. */
    reopen: {
      permission: "submissions:review",
      moves: {
        NOT_STARTED: "RETURNED",
        DRAFT: "RETURNED",
        SUBMITTED: "RETURNED",
        RETURNED: "RETURNED",
        APPROVED: "RETURNED",
      },
      guard: (report) =>
        report.state === "APPROVED" || (report.periodState === "CLOSED" && !report.isReopened)
          ? null
          : "notReopenable",
    },
  },
  sets: {
    /** With the county: the city is still waiting for it (未报送) — never submitted, or returned and not resubmitted */
    awaitingCounty: ["NOT_STARTED", "DRAFT", "RETURNED"],
    /** In the city's hands: submitted and not sent back; completeness and timeliness count these */
    submitted: ["SUBMITTED", "APPROVED"],
    awaitingReview: ["SUBMITTED"],
    /** Only approved values count in any figure */
    counting: ["APPROVED"],
    /** Begun but not approved: the county's current figures are awaiting approval */
    awaitingApproval: ["DRAFT", "SUBMITTED", "RETURNED"],
  },
  refusalMessages: "submissions",
});

export type SubmissionAction = (typeof SUBMISSION_WORKFLOW.actions)[number];
export type SubmissionSet = keyof typeof SUBMISSION_WORKFLOW.sets;

/** Submitted by the deadline, after it, or not (yet) submitted: completeness and timeliness of a report. */
export type Timeliness = "on_time" | "late" | "not_submitted";

export function timelinessOf(report: { state: SubmissionState; isLate: boolean }): Timeliness {
  if (!SUBMISSION_WORKFLOW.isIn("submitted", report.state)) return "not_submitted";
  return report.isLate ? "late" : "on_time";
}

/**
 * The counts of a completeness and timeliness board (decision 0046): the city's board of its counties' reports and
 * the county's board of its schools' returns alike, from the same sets and `timelinessOf`.
 */
export function boardSummary(rows: readonly { state: SubmissionState; isLate: boolean }[]) {
  const byState = Object.fromEntries(SUBMISSION_STATES.map((state) => [state, 0])) as Record<
    SubmissionState,
    number
  >;
  const timeliness: Record<Timeliness, number> = { on_time: 0, late: 0, not_submitted: 0 };
  for (const row of rows) {
    byState[row.state] += 1;
    timeliness[timelinessOf(row)] += 1;
  }
  return { total: rows.length, byState, ...timeliness };
}

/** Refusals are keys under `errors.submissions.`. */
export type PeriodRefusal = "periodAlreadyOpened" | "periodNotOpen" | "periodClosed";

export const PERIOD_WORKFLOW = defineWorkflow({
  states: PERIOD_STATES,
  // A quarter the city never opened has no row; opening creates it.
  initial: "NOT_OPEN",
  transitions: {
    /** Opening creates a report for every county; a closed quarter is not reopened as a whole, single reports are. */
    open: {
      permission: "periods:manage",
      moves: {
        NOT_OPEN: "OPEN",
        OPEN: refuse<PeriodRefusal>("periodAlreadyOpened"),
        CLOSED: refuse<PeriodRefusal>("periodAlreadyOpened"),
      },
    },
    /** Closing freezes the quarter's computed indicators. */
    close: {
      permission: "periods:manage",
      moves: {
        NOT_OPEN: refuse<PeriodRefusal>("periodNotOpen"),
        OPEN: "CLOSED",
        CLOSED: refuse<PeriodRefusal>("periodNotOpen"),
      },
    },
    /** Moving the deadline keeps the state; reports already filed keep their on-time or late mark. */
    setDeadline: {
      permission: "periods:manage",
      moves: { NOT_OPEN: "NOT_OPEN", OPEN: "OPEN", CLOSED: refuse<PeriodRefusal>("periodClosed") },
    },
  },
  sets: {
    /** Opened at some time: the quarters the completeness trend covers */
    opened: ["OPEN", "CLOSED"],
    /** Taking reports: the deadline is running */
    open: ["OPEN"],
  },
  refusalMessages: "submissions",
});

export type PeriodAction = (typeof PERIOD_WORKFLOW.actions)[number];

/**
 * A school's return (decision 0046) moves by the report machine above, state for state; only who acts differs: the
 * school writes, its county reviews, and nobody reopens a school's return (what the city reopens is the county's own
 * report). The data layer checks these permissions, then asks `SUBMISSION_WORKFLOW.transition`.
 */
export const SCHOOL_RETURN_PERMISSIONS = {
  save: "school-returns:edit",
  submit: "school-returns:edit",
  approve: "school-returns:review",
  return: "school-returns:review",
  reopen: null,
} as const satisfies Record<SubmissionAction, Permission | null>;

export type SchoolReturnAction = {
  [Action in SubmissionAction]: (typeof SCHOOL_RETURN_PERMISSIONS)[Action] extends null ? never : Action;
}[SubmissionAction];

/** The actions the role may take on a school's return now: what its page offers, what its guards allow. */
export function schoolReturnActions(role: Role, subject: ReportSubject): SchoolReturnAction[] {
  return SUBMISSION_WORKFLOW.actions.filter((action): action is SchoolReturnAction => {
    const permission = SCHOOL_RETURN_PERMISSIONS[action];
    return (
      permission !== null && can(role, permission) && SUBMISSION_WORKFLOW.decide(action, subject).isAllowed
    );
  });
}
