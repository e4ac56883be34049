"use server";

import { createProject } from "@/lib/data/projects/create-project";
import { cancelProject, recordProjectProgress } from "@/lib/data/projects/record-project-progress";
import { updateProject } from "@/lib/data/projects/update-project";
import {
  cancelProjectSchema,
  projectPlanSchema,
  projectProgressSchema,
  updateProjectSchema,
} from "@/lib/schemas/projects";
import { defineAction, EVERY_PAGE } from "./builder";

// A project's status, dates and money are the county dashboard's project figures: every page is stale.
export const createProjectAction = defineAction({
  name: "createProjectAction",
  schema: projectPlanSchema,
  run: createProject,
  revalidate: [EVERY_PAGE],
  success: "projects.created",
  redirect: (project) => `/projects/${project.id}`,
});

export const updateProjectAction = defineAction({
  name: "updateProjectAction",
  schema: updateProjectSchema,
  run: updateProject,
  revalidate: [EVERY_PAGE],
  success: "projects.updated",
});

export const recordProjectProgressAction = defineAction({
  name: "recordProjectProgressAction",
  schema: projectProgressSchema,
  run: recordProjectProgress,
  revalidate: [EVERY_PAGE],
  success: "projects.progressRecorded",
});

export const cancelProjectAction = defineAction({
  name: "cancelProjectAction",
  schema: cancelProjectSchema,
  run: cancelProject,
  revalidate: [EVERY_PAGE],
  success: "projects.cancelled",
});
