import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import type { PeriodState, SubmissionState } from "@/lib/generated/prisma/enums";
import {
  boardSummary,
  PERIOD_STATES,
  SCHOOL_RETURN_PERMISSIONS,
  schoolReturnActions,
  PERIOD_WORKFLOW,
  type ReportSubject,
  SUBMISSION_STATES,
  SUBMISSION_WORKFLOW,
  type SubmissionAction,
  timelinessOf,
} from "@/lib/workflows/submissions";

// Each action's outcome for every report state (rows) in every context (columns): the state it moves to, or
// "!refusal". Written out by hand from docs/decisions/0009 and 0013, not derived from the module.
const COLUMNS: { periodState: PeriodState; isReopened: boolean }[] = [
  { periodState: "NOT_OPEN", isReopened: false },
  { periodState: "NOT_OPEN", isReopened: true },
  { periodState: "OPEN", isReopened: false },
  { periodState: "OPEN", isReopened: true },
  { periodState: "CLOSED", isReopened: false },
  { periodState: "CLOSED", isReopened: true },
];

// prettier-ignore
const REPORT_MATRIX: Record<SubmissionAction, Record<SubmissionState, string[]>> = {
  //              NOT_OPEN              NOT_OPEN+reopened     OPEN                OPEN+reopened       CLOSED              CLOSED+reopened
  save: {
    NOT_STARTED: ["!periodNotOpenYet",  "!periodNotOpenYet",  "DRAFT",            "DRAFT",            "!periodClosed",    "DRAFT"],
    DRAFT:       ["!periodNotOpenYet",  "!periodNotOpenYet",  "DRAFT",            "DRAFT",            "!periodClosed",    "DRAFT"],
    SUBMITTED:   ["!awaitingReview",    "!awaitingReview",    "!awaitingReview",  "!awaitingReview",  "!awaitingReview",  "!awaitingReview"],
    RETURNED:    ["!periodNotOpenYet",  "!periodNotOpenYet",  "RETURNED",         "RETURNED",         "!periodClosed",    "RETURNED"],
    APPROVED:    ["!locked",            "!locked",            "!locked",          "!locked",          "!locked",          "!locked"],
  },
  submit: {
    NOT_STARTED: ["!periodNotOpenYet",  "!periodNotOpenYet",  "SUBMITTED",        "SUBMITTED",        "!periodClosed",    "SUBMITTED"],
    DRAFT:       ["!periodNotOpenYet",  "!periodNotOpenYet",  "SUBMITTED",        "SUBMITTED",        "!periodClosed",    "SUBMITTED"],
    SUBMITTED:   ["!awaitingReview",    "!awaitingReview",    "!awaitingReview",  "!awaitingReview",  "!awaitingReview",  "!awaitingReview"],
    RETURNED:    ["!periodNotOpenYet",  "!periodNotOpenYet",  "SUBMITTED",        "SUBMITTED",        "!periodClosed",    "SUBMITTED"],
    APPROVED:    ["!locked",            "!locked",            "!locked",          "!locked",          "!locked",          "!locked"],
  },
  approve: {
    NOT_STARTED: ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
    DRAFT:       ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
    SUBMITTED:   ["APPROVED",           "APPROVED",           "APPROVED",         "APPROVED",         "APPROVED",         "APPROVED"],
    RETURNED:    ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
    APPROVED:    ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
  },
  return: {
    NOT_STARTED: ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
    DRAFT:       ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
    SUBMITTED:   ["RETURNED",           "RETURNED",           "RETURNED",         "RETURNED",         "RETURNED",         "RETURNED"],
    RETURNED:    ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
    APPROVED:    ["!notSubmitted",      "!notSubmitted",      "!notSubmitted",    "!notSubmitted",    "!notSubmitted",    "!notSubmitted"],
  },
  reopen: {
    NOT_STARTED: ["!notReopenable",     "!notReopenable",     "!notReopenable",   "!notReopenable",   "RETURNED",         "!notReopenable"],
    DRAFT:       ["!notReopenable",     "!notReopenable",     "!notReopenable",   "!notReopenable",   "RETURNED",         "!notReopenable"],
    SUBMITTED:   ["!notReopenable",     "!notReopenable",     "!notReopenable",   "!notReopenable",   "RETURNED",         "!notReopenable"],
    RETURNED:    ["!notReopenable",     "!notReopenable",     "!notReopenable",   "!notReopenable",   "RETURNED",         "!notReopenable"],
    APPROVED:    ["RETURNED",           "RETURNED",           "RETURNED",         "RETURNED",         "RETURNED",         "RETURNED"],
  },
};

const outcome = (decision: ReturnType<typeof SUBMISSION_WORKFLOW.decide>) =>
  decision.isAllowed ? decision.to : `!${decision.refusal}`;

describe("the report workflow", () => {
  it("lists every action and state of the matrix", () => {
    expect([...SUBMISSION_WORKFLOW.actions].sort()).toEqual(Object.keys(REPORT_MATRIX).sort());
    expect([...SUBMISSION_STATES].sort()).toEqual(Object.keys(REPORT_MATRIX.save).sort());
  });

  for (const action of Object.keys(REPORT_MATRIX) as SubmissionAction[]) {
    it(`decides "${action}" in every state and context as the matrix says`, () => {
      const actual = Object.fromEntries(
        SUBMISSION_STATES.map((state) => [
          state,
          COLUMNS.map((context) => outcome(SUBMISSION_WORKFLOW.decide(action, { state, ...context }))),
        ]),
      );
      expect(actual).toEqual(REPORT_MATRIX[action]);
    });
  }

  it("lets only county officers write and only city staff review", () => {
    const permitted = Object.fromEntries(
      ROLES.map((role) => [
        role,
        SUBMISSION_WORKFLOW.actions.filter((action) =>
          // A subject every action allows: the role alone decides.
          [
            { state: "DRAFT", periodState: "OPEN", isReopened: false },
            { state: "SUBMITTED", periodState: "OPEN", isReopened: false },
            { state: "APPROVED", periodState: "OPEN", isReopened: false },
          ].some((subject) => SUBMISSION_WORKFLOW.isAllowed(role, action, subject as ReportSubject)),
        ),
      ]),
    );
    expect(permitted).toEqual({
      ADMIN: [],
      CITY_STAFF: ["approve", "return", "reopen"],
      COUNTY_OFFICER: ["save", "submit"],
      SCHOOL_PRINCIPAL: [],
      LEADER: [],
      PROVINCE_STAFF: [],
      PROVINCE_LEADER: [],
    });
  });

  it("offers each role what the guards allow, and nothing they refuse", () => {
    const returnedAfterClose: ReportSubject = { state: "RETURNED", periodState: "CLOSED", isReopened: false };
    expect(SUBMISSION_WORKFLOW.allowedActions("COUNTY_OFFICER", returnedAfterClose)).toEqual([]);
    expect(SUBMISSION_WORKFLOW.allowedActions("CITY_STAFF", returnedAfterClose)).toEqual(["reopen"]);
    const reopened = { ...returnedAfterClose, isReopened: true };
    expect(SUBMISSION_WORKFLOW.allowedActions("COUNTY_OFFICER", reopened)).toEqual(["save", "submit"]);
    expect(SUBMISSION_WORKFLOW.allowedActions("CITY_STAFF", reopened)).toEqual([]);
  });

  it("turns a refusal into an INVALID_STATE error with the refusal's message, for the write guards", () => {
    const approved: ReportSubject = { state: "APPROVED", periodState: "OPEN", isReopened: false };
    expect(() => SUBMISSION_WORKFLOW.transition("save", approved)).toThrow(
      expect.objectContaining({ code: "INVALID_STATE", messageKey: "submissions.locked" }),
    );
    expect(SUBMISSION_WORKFLOW.transition("reopen", approved)).toBe("RETURNED");
    expect(() => PERIOD_WORKFLOW.transition("close", { state: "CLOSED" })).toThrow(
      expect.objectContaining({ code: "INVALID_STATE", messageKey: "submissions.periodNotOpen" }),
    );
  });

  it("reaches every state from the initial one", () => {
    const reached = new Set<SubmissionState>([SUBMISSION_WORKFLOW.initial]);
    for (let round = 0; round < SUBMISSION_STATES.length; round++)
      for (const state of [...reached])
        for (const action of SUBMISSION_WORKFLOW.actions)
          for (const context of COLUMNS) {
            const decision = SUBMISSION_WORKFLOW.decide(action, { state, ...context });
            if (decision.isAllowed) reached.add(decision.to);
          }
    expect([...reached].sort()).toEqual([...SUBMISSION_STATES].sort());
  });
});

describe("the report state sets", () => {
  const { isIn } = SUBMISSION_WORKFLOW;

  it("splits every state into awaiting the county or submitted", () => {
    for (const state of SUBMISSION_STATES)
      expect([isIn("awaitingCounty", state), isIn("submitted", state)], state).toEqual(
        state === "SUBMITTED" || state === "APPROVED" ? [false, true] : [true, false],
      );
  });

  it("awaits the county in exactly the states the county can submit from", () => {
    const open = { periodState: "OPEN", isReopened: false } as const;
    expect(
      SUBMISSION_STATES.filter((state) => SUBMISSION_WORKFLOW.decide("submit", { state, ...open }).isAllowed),
    ).toEqual(SUBMISSION_WORKFLOW.sets.awaitingCounty);
  });

  it("counts approved values only, and marks every begun unapproved report as awaiting approval", () => {
    expect(SUBMISSION_WORKFLOW.sets.counting).toEqual(["APPROVED"]);
    expect(SUBMISSION_WORKFLOW.sets.awaitingApproval).toEqual(["DRAFT", "SUBMITTED", "RETURNED"]);
  });

  // The period board listed a returned report as missing while the city strip counted it as submitted on time.
  it("calls a report not submitted exactly when the city is waiting for the county", () => {
    const expected: Record<SubmissionState, [string, string]> = {
      NOT_STARTED: ["not_submitted", "not_submitted"],
      DRAFT: ["not_submitted", "not_submitted"],
      RETURNED: ["not_submitted", "not_submitted"],
      SUBMITTED: ["on_time", "late"],
      APPROVED: ["on_time", "late"],
    };
    for (const state of SUBMISSION_STATES) {
      expect([timelinessOf({ state, isLate: false }), timelinessOf({ state, isLate: true })], state).toEqual(
        expected[state],
      );
      expect(timelinessOf({ state, isLate: false }) === "not_submitted").toBe(isIn("awaitingCounty", state));
    }
  });
});

describe("the period workflow", () => {
  const PERIOD_MATRIX: Record<string, Record<PeriodState, string>> = {
    open: { NOT_OPEN: "OPEN", OPEN: "!periodAlreadyOpened", CLOSED: "!periodAlreadyOpened" },
    close: { NOT_OPEN: "!periodNotOpen", OPEN: "CLOSED", CLOSED: "!periodNotOpen" },
    setDeadline: { NOT_OPEN: "NOT_OPEN", OPEN: "OPEN", CLOSED: "!periodClosed" },
  };

  it("decides every action in every state as the matrix says", () => {
    const actual = Object.fromEntries(
      PERIOD_WORKFLOW.actions.map((action) => [
        action,
        Object.fromEntries(
          PERIOD_STATES.map((state) => {
            const decision = PERIOD_WORKFLOW.decide(action, { state });
            return [state, decision.isAllowed ? decision.to : `!${decision.refusal}`];
          }),
        ),
      ]),
    );
    expect(actual).toEqual(PERIOD_MATRIX);
  });

  it("lets only city staff manage periods", () => {
    for (const role of ROLES)
      expect(PERIOD_WORKFLOW.isAllowed(role, "close", { state: "OPEN" }), role).toBe(role === "CITY_STAFF");
  });

  it("counts opened quarters in the trend, and runs the deadline of the open one only", () => {
    const statesIn = (set: "opened" | "open") =>
      PERIOD_STATES.filter((state) => PERIOD_WORKFLOW.isIn(set, state));
    expect(statesIn("opened")).toEqual(["OPEN", "CLOSED"]);
    expect(statesIn("open")).toEqual(["OPEN"]);
  });
});

// Decision 0046: a school's return moves by the report machine; the school writes, its county reviews, nobody
// reopens it. Written out by hand per role for a submitted and a draft return of an open period.
describe("school returns on the report workflow", () => {
  const open = (state: SubmissionState): ReportSubject => ({ state, periodState: "OPEN", isReopened: false });

  it("lets the principal save and submit its draft, and the county officer review a submitted one", () => {
    expect(schoolReturnActions("SCHOOL_PRINCIPAL", open("DRAFT"))).toEqual(["save", "submit"]);
    expect(schoolReturnActions("SCHOOL_PRINCIPAL", open("SUBMITTED"))).toEqual([]);
    expect(schoolReturnActions("COUNTY_OFFICER", open("SUBMITTED"))).toEqual(["approve", "return"]);
    expect(schoolReturnActions("COUNTY_OFFICER", open("DRAFT"))).toEqual([]);
  });

  it("gives city staff, leaders and the province nothing to do on a return, and nobody a reopen", () => {
    for (const role of ROLES.filter((r) => r !== "SCHOOL_PRINCIPAL" && r !== "COUNTY_OFFICER"))
      for (const state of SUBMISSION_STATES) expect(schoolReturnActions(role, open(state))).toEqual([]);
    expect(SCHOOL_RETURN_PERMISSIONS.reopen).toBeNull();
    const closedApproved: ReportSubject = { state: "APPROVED", periodState: "CLOSED", isReopened: false };
    for (const role of ROLES) expect(schoolReturnActions(role, closedApproved)).toEqual([]);
  });

  it("refuses what the report machine refuses: a returned school writes again, a closed period is shut", () => {
    expect(schoolReturnActions("SCHOOL_PRINCIPAL", open("RETURNED"))).toEqual(["save", "submit"]);
    expect(
      schoolReturnActions("SCHOOL_PRINCIPAL", {
        state: "RETURNED",
        periodState: "CLOSED",
        isReopened: false,
      }),
    ).toEqual([]);
  });
});

describe("boardSummary", () => {
  it("counts states and timeliness by the workflow's sets: a returned return is not submitted", () => {
    expect(
      boardSummary([
        { state: "APPROVED", isLate: false },
        { state: "APPROVED", isLate: true },
        { state: "SUBMITTED", isLate: false },
        { state: "RETURNED", isLate: true },
        { state: "NOT_STARTED", isLate: false },
      ]),
    ).toEqual({
      total: 5,
      byState: { NOT_STARTED: 1, DRAFT: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 2 },
      on_time: 2,
      late: 1,
      not_submitted: 2,
    });
  });
});
