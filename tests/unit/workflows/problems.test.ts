import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import type { ProblemState } from "@/lib/generated/prisma/enums";
import { PROBLEM_STATES, PROBLEM_WORKFLOW, type ProblemAction } from "@/lib/workflows/problems";

// Each action's outcome for every state, for the level that accepts the problem: the state it moves to, or
// "!refusal". Written out by hand from the 整改销号 loop: the county starts, reports and submits; the level above
// accepts or returns with a reason; a returned problem is started again; an accepted one is closed for good.
// prettier-ignore
const MATRIX: Record<ProblemAction, Record<ProblemState, string>> = {
  start:  { OPEN: "IN_PROGRESS",  IN_PROGRESS: "!notStarted",  SUBMITTED: "!notInProgress", RETURNED: "IN_PROGRESS",    ACCEPTED: "!closed" },
  report: { OPEN: "!notStarted",  IN_PROGRESS: "IN_PROGRESS",  SUBMITTED: "!notInProgress", RETURNED: "!notInProgress", ACCEPTED: "!closed" },
  submit: { OPEN: "!notStarted",  IN_PROGRESS: "SUBMITTED",    SUBMITTED: "!notInProgress", RETURNED: "!notInProgress", ACCEPTED: "!closed" },
  accept: { OPEN: "!notSubmitted", IN_PROGRESS: "!notSubmitted", SUBMITTED: "ACCEPTED",     RETURNED: "!notSubmitted",  ACCEPTED: "!closed" },
  return: { OPEN: "!notSubmitted", IN_PROGRESS: "!notSubmitted", SUBMITTED: "RETURNED",     RETURNED: "!notSubmitted",  ACCEPTED: "!closed" },
};

const outcome = (action: ProblemAction, state: ProblemState, isAcceptingLevel = true) => {
  const decision = PROBLEM_WORKFLOW.decide(action, { state, isAcceptingLevel });
  return decision.isAllowed ? decision.to : `!${decision.refusal}`;
};

describe("problem workflow", () => {
  it("decides every action in every state as the matrix says", () => {
    expect(PROBLEM_WORKFLOW.actions.toSorted()).toEqual(Object.keys(MATRIX).toSorted());
    for (const action of PROBLEM_WORKFLOW.actions)
      for (const state of PROBLEM_STATES)
        expect([action, state, outcome(action, state)]).toEqual([action, state, MATRIX[action][state]]);
  });

  it("lets only the accepting level accept or return a submitted problem", () => {
    expect(outcome("accept", "SUBMITTED", false)).toBe("!notAcceptingLevel");
    expect(outcome("return", "SUBMITTED", false)).toBe("!notAcceptingLevel");
    // The county's own work does not depend on who accepts.
    expect(outcome("submit", "IN_PROGRESS", false)).toBe("SUBMITTED");
    expect(() =>
      PROBLEM_WORKFLOW.transition("accept", { state: "SUBMITTED", isAcceptingLevel: false }),
    ).toThrow(expect.objectContaining({ code: "INVALID_STATE", messageKey: "problems.notAcceptingLevel" }));
  });

  it("splits the states into open and closed, with nothing in both or neither", () => {
    const { open, closed } = PROBLEM_WORKFLOW.sets;
    expect([...open, ...closed].toSorted()).toEqual([...PROBLEM_STATES].toSorted());
    expect(closed).toEqual(["ACCEPTED"]);
  });

  it("offers a role only what its permissions, the state and its level allow", () => {
    const allowed = (role: (typeof ROLES)[number], state: ProblemState, isAcceptingLevel: boolean) =>
      PROBLEM_WORKFLOW.allowedActions(role, { state, isAcceptingLevel });
    expect(allowed("COUNTY_OFFICER", "OPEN", false)).toEqual(["start"]);
    expect(allowed("COUNTY_OFFICER", "IN_PROGRESS", false).toSorted()).toEqual(["report", "submit"]);
    expect(allowed("COUNTY_OFFICER", "SUBMITTED", false)).toEqual([]);
    // A school's problem: the county both works it and accepts it.
    expect(allowed("COUNTY_OFFICER", "SUBMITTED", true).toSorted()).toEqual(["accept", "return"]);
    expect(allowed("CITY_STAFF", "SUBMITTED", true).toSorted()).toEqual(["accept", "return"]);
    expect(allowed("CITY_STAFF", "IN_PROGRESS", true)).toEqual([]);
    for (const role of ["ADMIN", "LEADER", "SCHOOL_PRINCIPAL"] as const)
      for (const state of PROBLEM_STATES) expect(allowed(role, state, true)).toEqual([]);
    for (const role of ROLES) expect(allowed(role, "ACCEPTED", true)).toEqual([]);
  });
});
