import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import type { TeacherStatus } from "@/lib/generated/prisma/enums";
import {
  departureAction,
  TEACHER_STATUSES,
  TEACHER_WORKFLOW,
  type TeacherAction,
} from "@/lib/workflows/teachers";

// Each action's outcome for every status: the status it moves to, or "!refusal". Written out by hand from the
// roster rules (a departed teacher's record is history; a teacher on leave neither rotates nor takes a post).
// prettier-ignore
const MATRIX: Record<TeacherAction, Record<TeacherStatus, string>> = {
  leave:      { ACTIVE: "LEFT",    ON_LEAVE: "LEFT",     LEFT: "!departed", RETIRED: "!departed" },
  retire:     { ACTIVE: "RETIRED", ON_LEAVE: "RETIRED",  LEFT: "!departed", RETIRED: "!departed" },
  rotate:     { ACTIVE: "ACTIVE",  ON_LEAVE: "!onLeave", LEFT: "!departed", RETIRED: "!departed" },
  assignPost: { ACTIVE: "ACTIVE",  ON_LEAVE: "!onLeave", LEFT: "!departed", RETIRED: "!departed" },
};

const outcome = (action: TeacherAction, state: TeacherStatus) => {
  const decision = TEACHER_WORKFLOW.decide(action, { state });
  return decision.isAllowed ? decision.to : `!${decision.refusal}`;
};

describe("teacher workflow", () => {
  it("decides every action in every status as the matrix says", () => {
    expect(TEACHER_WORKFLOW.actions.toSorted()).toEqual(Object.keys(MATRIX).toSorted());
    for (const action of TEACHER_WORKFLOW.actions)
      for (const state of TEACHER_STATUSES)
        expect([action, state, outcome(action, state)]).toEqual([action, state, MATRIX[action][state]]);
  });

  it("refuses with an INVALID_STATE error whose message names the refusal", () => {
    expect(() => TEACHER_WORKFLOW.transition("rotate", { state: "ON_LEAVE" })).toThrow(
      expect.objectContaining({ code: "INVALID_STATE", messageKey: "teachers.onLeave" }),
    );
    expect(TEACHER_WORKFLOW.transition(departureAction("RETIRED"), { state: "ACTIVE" })).toBe("RETIRED");
    expect(TEACHER_WORKFLOW.transition(departureAction("LEFT"), { state: "ON_LEAVE" })).toBe("LEFT");
  });

  it("splits the statuses into the roster and its history, with nothing in both or neither", () => {
    const { current, departed } = TEACHER_WORKFLOW.sets;
    expect([...current, ...departed].toSorted()).toEqual([...TEACHER_STATUSES].toSorted());
    expect(current).toEqual(["ACTIVE", "ON_LEAVE"]);
  });

  it("offers a role only what its permissions and the status allow", () => {
    const allowed = (role: (typeof ROLES)[number], state: TeacherStatus) =>
      TEACHER_WORKFLOW.allowedActions(role, { state });
    expect(allowed("COUNTY_OFFICER", "ACTIVE").toSorted()).toEqual([
      "assignPost",
      "leave",
      "retire",
      "rotate",
    ]);
    expect(allowed("COUNTY_OFFICER", "ON_LEAVE").toSorted()).toEqual(["leave", "retire"]);
    for (const role of ROLES) expect(allowed(role, "RETIRED")).toEqual([]);
  });
});
