"use server";

import { closeSchool, reopenSchool } from "@/lib/data/schools/close-school";
import { createSchool } from "@/lib/data/schools/create-school";
import { importSchools } from "@/lib/data/schools/import-schools";
import { updateSchool } from "@/lib/data/schools/update-school";
import {
  closeSchoolSchema,
  schoolFieldsSchema,
  schoolIdSchema,
  updateSchoolSchema,
} from "@/lib/schemas/schools";
import { defineAction, EVERY_PAGE } from "./builder";
import { scopeImportAction } from "./run-import";

// A school's level, location class, flags and closing decide which figures it is counted in: every page is stale.
export const createSchoolAction = defineAction({
  name: "createSchoolAction",
  schema: schoolFieldsSchema,
  run: createSchool,
  revalidate: [EVERY_PAGE],
  success: "schools.created",
  redirect: (school) => `/schools/${school.id}/edit`,
});

export const updateSchoolAction = defineAction({
  name: "updateSchoolAction",
  schema: updateSchoolSchema,
  run: updateSchool,
  revalidate: [EVERY_PAGE],
  success: "schools.updated",
});

export const closeSchoolAction = defineAction({
  name: "closeSchoolAction",
  schema: closeSchoolSchema,
  run: closeSchool,
  revalidate: [EVERY_PAGE],
  success: "schools.closed",
});

export const reopenSchoolAction = defineAction({
  name: "reopenSchoolAction",
  schema: schoolIdSchema,
  run: reopenSchool,
  revalidate: [EVERY_PAGE],
  success: "schools.reopened",
});

// Schools, their towns and classes move every figure of the city.
export const importSchoolsAction = scopeImportAction("importSchoolsAction", importSchools);
