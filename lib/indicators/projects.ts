// Project progress (建设项目): which projects are overdue (the dashboard's "delayed", the list's flag), in one rule
// that both the pure check and the database queries take their constants from (decision 0021).
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

/** Not finished yet: overdue once its planned finish has passed. */
export const UNFINISHED_PROJECT_STATUSES: readonly ProjectStatus[] = ["PLANNED", "IN_PROGRESS"];
/** Not started yet: overdue once its planned start has passed. */
export const UNSTARTED_PROJECT_STATUSES: readonly ProjectStatus[] = ["PLANNED"];

interface ProjectSchedule {
  status: ProjectStatus;
  plannedStart: Date;
  plannedFinish: Date;
}

/**
 * Overdue (进度滞后) on `today` (a UTC calendar day): not finished and its planned finish is before today, or not
 * started and its planned start is before today. A project due today is not overdue yet; a completed or cancelled
 * one never is.
 */
export function isProjectOverdue(project: ProjectSchedule, today: Date): boolean {
  const isUnfinished = UNFINISHED_PROJECT_STATUSES.includes(project.status);
  const isUnstarted = UNSTARTED_PROJECT_STATUSES.includes(project.status);
  return (isUnfinished && project.plannedFinish < today) || (isUnstarted && project.plannedStart < today);
}

/** The same rule as a where clause on projects, for the counts and the list filter. */
export function overdueProjectWhere(today: Date) {
  return {
    status: { in: [...UNFINISHED_PROJECT_STATUSES] },
    OR: [
      { plannedFinish: { lt: today } },
      { status: { in: [...UNSTARTED_PROJECT_STATUSES] }, plannedStart: { lt: today } },
    ],
  };
}
