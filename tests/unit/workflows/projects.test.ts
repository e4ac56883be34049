import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import {
  PROJECT_STATUSES,
  PROJECT_WORKFLOW,
  REPORT_ACTION_OF_STATUS,
  type ProjectAction,
} from "@/lib/workflows/projects";

// Each action's outcome for every status: the status it moves to, or "!refusal". Written out by hand from the rules
// of decision 0021 (no way back to planned once started; completed and cancelled are final, a completed project
// still takes updates of its settlement).
// prettier-ignore
const MATRIX: Record<ProjectAction, Record<ProjectStatus, string>> = {
  reportPlanned:    { PLANNED: "PLANNED",     IN_PROGRESS: "!started",    COMPLETED: "!completed", CANCELLED: "!cancelled" },
  reportInProgress: { PLANNED: "IN_PROGRESS", IN_PROGRESS: "IN_PROGRESS", COMPLETED: "!completed", CANCELLED: "!cancelled" },
  reportCompleted:  { PLANNED: "COMPLETED",   IN_PROGRESS: "COMPLETED",   COMPLETED: "COMPLETED",  CANCELLED: "!cancelled" },
  cancel:           { PLANNED: "CANCELLED",   IN_PROGRESS: "CANCELLED",   COMPLETED: "!completed", CANCELLED: "!cancelled" },
};

const outcome = (action: ProjectAction, state: ProjectStatus) => {
  const decision = PROJECT_WORKFLOW.decide(action, { state });
  return decision.isAllowed ? decision.to : `!${decision.refusal}`;
};

describe("project workflow", () => {
  it("decides every action in every status as the matrix says", () => {
    expect(PROJECT_WORKFLOW.actions.toSorted()).toEqual(Object.keys(MATRIX).toSorted());
    for (const action of PROJECT_WORKFLOW.actions)
      for (const state of PROJECT_STATUSES)
        expect([action, state, outcome(action, state)]).toEqual([action, state, MATRIX[action][state]]);
  });

  it("moves an update to the status it names, or refuses with the refusal's message", () => {
    for (const status of PROJECT_STATUSES)
      expect(PROJECT_WORKFLOW.transition(REPORT_ACTION_OF_STATUS[status], { state: "PLANNED" })).toBe(status);
    expect(() => PROJECT_WORKFLOW.transition("reportPlanned", { state: "IN_PROGRESS" })).toThrow(
      expect.objectContaining({ code: "INVALID_STATE", messageKey: "projects.started" }),
    );
  });

  it("lets county officers alone take any action", () => {
    for (const role of ROLES)
      expect([role, PROJECT_WORKFLOW.isAllowed(role, "cancel", { state: "PLANNED" })]).toEqual([
        role,
        role === "COUNTY_OFFICER",
      ]);
  });
});
