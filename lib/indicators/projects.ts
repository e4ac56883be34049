// Project progress (建设项目): which projects the dashboard calls delayed.
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

/** Not finished yet: delayed once its planned finish has passed. */
export const UNFINISHED_PROJECT_STATUSES: readonly ProjectStatus[] = ["PLANNED", "IN_PROGRESS"];
/** Not started yet: delayed once its planned start has passed. */
export const UNSTARTED_PROJECT_STATUSES: readonly ProjectStatus[] = ["PLANNED"];
