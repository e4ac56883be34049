// A project's status as a state machine (docs/decisions/0013, 0021): each progress update names the status it leaves
// the project in, and the write guard asks `transition` for the move before it appends the update; the project page
// offers only the statuses the guard would allow. Completed and cancelled are final: a completed project may still
// be reported on (its final settlement), a cancelled one not at all.
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { UNFINISHED_PROJECT_STATUSES } from "@/lib/indicators/projects";
import { defineWorkflow, refuse } from "./state-machine";

export const PROJECT_STATUSES = [
  "PLANNED",
  "IN_PROGRESS",
  "COMPLETED",
  "CANCELLED",
] as const satisfies readonly ProjectStatus[];

/** Refusals are keys under `errors.projects.` (lib/i18n/messages/<locale>/projects.json). */
export type ProjectRefusal = "started" | "completed" | "cancelled";

const started = refuse<ProjectRefusal>("started");
const completed = refuse<ProjectRefusal>("completed");
const cancelled = refuse<ProjectRefusal>("cancelled");

export const PROJECT_WORKFLOW = defineWorkflow({
  states: PROJECT_STATUSES,
  initial: "PLANNED",
  transitions: {
    /** An update of a project not started yet (funds arriving, a note). */
    reportPlanned: {
      permission: "projects:edit",
      moves: { PLANNED: "PLANNED", IN_PROGRESS: started, COMPLETED: completed, CANCELLED: cancelled },
    },
    /** 开工, or an update of a project under way. */
    reportInProgress: {
      permission: "projects:edit",
      moves: {
        PLANNED: "IN_PROGRESS",
        IN_PROGRESS: "IN_PROGRESS",
        COMPLETED: completed,
        CANCELLED: cancelled,
      },
    },
    /** 竣工, or the final settlement of a completed project. */
    reportCompleted: {
      permission: "projects:edit",
      moves: { PLANNED: "COMPLETED", IN_PROGRESS: "COMPLETED", COMPLETED: "COMPLETED", CANCELLED: cancelled },
    },
    /** 取消 (asked for confirmation, with the reason as the update's note). */
    cancel: {
      permission: "projects:edit",
      moves: { PLANNED: "CANCELLED", IN_PROGRESS: "CANCELLED", COMPLETED: completed, CANCELLED: cancelled },
    },
  },
  sets: { unfinished: UNFINISHED_PROJECT_STATUSES },
  refusalMessages: "projects",
});

export type ProjectAction = (typeof PROJECT_WORKFLOW.actions)[number];

/** The transition of a progress update that leaves the project in `status`. */
export const REPORT_ACTION_OF_STATUS = {
  PLANNED: "reportPlanned",
  IN_PROGRESS: "reportInProgress",
  COMPLETED: "reportCompleted",
  CANCELLED: "cancel",
} as const satisfies Record<ProjectStatus, ProjectAction>;
