"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { closePeriod, setPeriodDeadline } from "@/lib/data/submissions/manage-period";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { reopenSubmission } from "@/lib/data/submissions/reopen-submission";
import { approveSubmission, returnSubmission } from "@/lib/data/submissions/review-submission";
import { getSubmissionRules } from "@/lib/data/submissions/get-submission-rules";
import { saveSubmission } from "@/lib/data/submissions/save-submission";
import {
  approveSubmissionSchema,
  openPeriodSchema,
  periodDeadlineSchema,
  periodIdSchema,
  reopenSubmissionSchema,
  returnSubmissionSchema,
  submissionFormSchema,
  submissionIdSchema,
} from "@/lib/schemas/submissions";
import { actionErrorFrom, formDataToObject, validationFailed, type ActionState } from "./action-state";

function revalidateSubmissions() {
  revalidatePath("/submissions", "layout");
}

/** Draft save or submit of the county's form, checked with the same schema the browser used. */
export async function saveSubmissionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const input = formDataToObject(formData);
  const id = submissionIdSchema.safeParse(input);
  if (!id.success) return validationFailed(id.error);
  try {
    const { fields, rules } = await getSubmissionRules(user, id.data.submissionId);
    const parsed = submissionFormSchema(fields, rules).safeParse(input);
    if (!parsed.success) return validationFailed(parsed.error);
    const result = await saveSubmission(user, parsed.data);
    revalidateSubmissions();
    return {
      status: "success",
      messageKey: parsed.data.intent === "submit" ? "submissions.submitted" : "submissions.saved",
      params: { version: result.version },
    };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function approveSubmissionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = approveSubmissionSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await approveSubmission(user, parsed.data);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.approved" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function returnSubmissionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = returnSubmissionSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await returnSubmission(user, parsed.data);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.returned" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function reopenSubmissionAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = reopenSubmissionSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await reopenSubmission(user, parsed.data);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.reopened" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function openPeriodAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = openPeriodSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await openPeriod(user, parsed.data);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.periodOpened" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function setPeriodDeadlineAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = periodDeadlineSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await setPeriodDeadline(user, parsed.data);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.deadlineSet" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}

export async function closePeriodAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = periodIdSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return validationFailed(parsed.error);
  try {
    await closePeriod(user, parsed.data.periodId);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.periodClosed" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}
