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
import { parseSubmissionWorkbook, type RowError } from "@/lib/excel/submission-workbook";
import {
  actionErrorFrom,
  fieldErrorsOf,
  formDataToObject,
  validationFailed,
  type ActionState,
} from "./action-state";

/** Far above a filled template (about 20 KB); refuses uploads that are not one. */
const MAX_WORKBOOK_BYTES = 1_000_000;

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
    const { fields, rules } = await getSubmissionRules(user, id.data.submissionId, "submissions:edit");
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

/**
 * Upload of a filled Excel template: read, checked row by row with the form's own rules, and saved as a draft
 * only when the whole file is valid. Errors come back by row number (`details.rows`).
 */
export async function uploadSubmissionWorkbookAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const id = submissionIdSchema.safeParse(formDataToObject(formData));
  if (!id.success) return validationFailed(id.error);
  const file = formData.get("file");
  const unreadable: ActionState = {
    status: "error",
    code: "VALIDATION",
    messageKey: "submissions.workbookUnreadable",
  };
  try {
    const { fields, rules } = await getSubmissionRules(user, id.data.submissionId, "submissions:edit");
    if (!(file instanceof Blob) || file.size === 0 || file.size > MAX_WORKBOOK_BYTES) return unreadable;
    const workbook = await parseSubmissionWorkbook(
      await file.arrayBuffer(),
      new Set(fields.map((field) => field.key)),
    );
    if (!workbook) return unreadable;
    if (workbook.submissionId !== id.data.submissionId)
      return { status: "error", code: "VALIDATION", messageKey: "submissions.workbookOtherSubmission" };
    const rows: RowError[] = [...workbook.rowErrors];
    const parsed = submissionFormSchema(fields, rules).safeParse({
      ...workbook.fields,
      submissionId: workbook.submissionId,
      version: workbook.version,
      intent: "draft",
    });
    if (!parsed.success) {
      for (const [path, errors] of Object.entries(fieldErrorsOf(parsed.error))) {
        const key = path.replace(/^(values|notes)\./, "");
        rows.push({ row: workbook.rowOf.get(key) ?? 0, key, errors });
      }
    }
    if (rows.length > 0 || !parsed.success) {
      rows.sort((a, b) => a.row - b.row);
      return {
        status: "error",
        code: "VALIDATION",
        messageKey: "submissions.workbookRows",
        params: { count: new Set(rows.map((row) => row.row)).size },
        details: { rows },
      };
    }
    await saveSubmission(user, parsed.data);
    revalidateSubmissions();
    return { status: "success", messageKey: "submissions.imported" };
  } catch (error) {
    return actionErrorFrom(error);
  }
}
