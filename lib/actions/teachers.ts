"use server";

import { assignSchoolPost } from "@/lib/data/teachers/assign-school-post";
import { createTeacher } from "@/lib/data/teachers/create-teacher";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { markTeacherLeft } from "@/lib/data/teachers/mark-teacher-left";
import { rotateTeacher } from "@/lib/data/teachers/rotate-teacher";
import { updateTeacher } from "@/lib/data/teachers/update-teacher";
import {
  assignSchoolPostSchema,
  createTeacherSchema,
  markTeacherLeftSchema,
  rotateTeacherSchema,
  updateTeacherSchema,
} from "@/lib/schemas/teachers";
import { defineAction, EVERY_PAGE } from "./builder";
import { importAction } from "./run-import";

// The roster feeds the teacher indicators of every dashboard: every page is revalidated.

/** A new teacher opens on their own page. */
export const createTeacherAction = defineAction({
  name: "createTeacherAction",
  schema: createTeacherSchema,
  run: createTeacher,
  revalidate: [EVERY_PAGE],
  success: "teachers.created",
  redirect: (created, { schoolId }) => `/schools/${schoolId}/teachers/${created.id}`,
});

export const updateTeacherAction = defineAction({
  name: "updateTeacherAction",
  schema: updateTeacherSchema,
  run: updateTeacher,
  revalidate: [EVERY_PAGE],
  success: "teachers.updated",
});

export const markTeacherLeftAction = defineAction({
  name: "markTeacherLeftAction",
  schema: markTeacherLeftSchema,
  run: markTeacherLeft,
  revalidate: [EVERY_PAGE],
  success: "teachers.markedLeft",
});

export const rotateTeacherAction = defineAction({
  name: "rotateTeacherAction",
  schema: rotateTeacherSchema,
  run: rotateTeacher,
  revalidate: [EVERY_PAGE],
  success: "teachers.rotated",
});

export const assignSchoolPostAction = defineAction({
  name: "assignSchoolPostAction",
  schema: assignSchoolPostSchema,
  run: assignSchoolPost,
  revalidate: [EVERY_PAGE],
  success: "teachers.postAssigned",
});

export const importTeacherRosterAction = importAction("importTeacherRosterAction", importTeacherRoster);
