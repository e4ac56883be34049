"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { assignSchoolPost } from "@/lib/data/teachers/assign-school-post";
import { createTeacher } from "@/lib/data/teachers/create-teacher";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { markTeacherLeft } from "@/lib/data/teachers/mark-teacher-left";
import { rotateTeacher } from "@/lib/data/teachers/rotate-teacher";
import { updateTeacher } from "@/lib/data/teachers/update-teacher";
import type { ImportActionData } from "@/lib/excel/import-result";
import {
  assignSchoolPostSchema,
  createTeacherSchema,
  markTeacherLeftSchema,
  rotateTeacherSchema,
  updateTeacherSchema,
} from "@/lib/schemas/teachers";
import { runImportAction } from "./run-import";
import { actionErrorFrom, formDataToObject, validationFailed, type ActionState } from "./action-state";

/** Authenticate, parse, delegate, map expected errors: the same four steps for every roster form. */
async function runTeacherAction<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  write: (user: SessionUser, input: z.infer<Schema>) => Promise<unknown>,
  messageKey: string,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await write(user, parsed.data);
  } catch (error) {
    return actionErrorFrom(error);
  }
  revalidatePath("/", "layout");
  return { status: "success", messageKey };
}

export async function createTeacherAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = createTeacherSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  let teacherId: number;
  try {
    teacherId = (await createTeacher(user, parsed.data)).id;
  } catch (error) {
    return actionErrorFrom(error);
  }
  revalidatePath("/", "layout");
  redirect(`/schools/${parsed.data.schoolId}/teachers/${teacherId}`);
}

export async function updateTeacherAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runTeacherAction(updateTeacherSchema, formData, updateTeacher, "teachers.updated");
}

export async function markTeacherLeftAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runTeacherAction(markTeacherLeftSchema, formData, markTeacherLeft, "teachers.markedLeft");
}

export async function rotateTeacherAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runTeacherAction(rotateTeacherSchema, formData, rotateTeacher, "teachers.rotated");
}

export async function assignSchoolPostAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runTeacherAction(assignSchoolPostSchema, formData, assignSchoolPost, "teachers.postAssigned");
}

export async function importTeacherRosterAction(
  _previous: ActionState<ImportActionData>,
  formData: FormData,
): Promise<ActionState<ImportActionData>> {
  return runImportAction(formData, importTeacherRoster);
}
