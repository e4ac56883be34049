"use server";

import type { SessionUser } from "@/lib/auth/session";
import { closePeriod, setPeriodDeadline } from "@/lib/data/submissions/manage-period";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { reopenSubmission } from "@/lib/data/submissions/reopen-submission";
import { approveSubmission, returnSubmission } from "@/lib/data/submissions/review-submission";
import { getSubmissionRules } from "@/lib/data/submissions/get-submission-rules";
import { saveSubmission } from "@/lib/data/submissions/save-submission";
import { AppError } from "@/lib/errors";
import {
  approveSubmissionSchema,
  openPeriodSchema,
  periodDeadlineSchema,
  periodIdSchema,
  reopenSubmissionSchema,
  returnSubmissionSchema,
  submissionFormSchema,
  submissionIdSchema,
  workbookUploadSchema,
} from "@/lib/schemas/submissions";
import { parseSubmissionWorkbook, type RowError } from "@/lib/excel/submission-workbook";
import { MAX_REPORT_WORKBOOK_BYTES } from "@/lib/imports/upload-limits";
import { fieldErrorsOf, parseInput } from "./action-state";
import { defineAction, type Revalidation } from "./builder";

const SUBMISSIONS: Revalidation = { path: "/submissions", type: "layout" };

/**
 * Draft save or submit of the county's form, checked with the same schema the browser used. That schema depends on
 * the report's indicators, so the id is read first and the rest once the report is found in the user's scope.
 */
export const saveSubmissionAction = defineAction({
  name: "saveSubmissionAction",
  schema: submissionIdSchema.loose(),
  run: async (user, form) => {
    const { fields, rules } = await getSubmissionRules(user, form.submissionId, "submissions:edit");
    const input = parseInput(submissionFormSchema(fields, rules), form);
    return { intent: input.intent, ...(await saveSubmission(user, input)) };
  },
  revalidate: [SUBMISSIONS],
  success: ({ intent, version }) => ({
    messageKey: intent === "submit" ? "submissions.submitted" : "submissions.saved",
    params: { version },
  }),
});

export const approveSubmissionAction = defineAction({
  name: "approveSubmissionAction",
  schema: approveSubmissionSchema,
  run: approveSubmission,
  revalidate: [SUBMISSIONS],
  success: "submissions.approved",
});

export const returnSubmissionAction = defineAction({
  name: "returnSubmissionAction",
  schema: returnSubmissionSchema,
  run: returnSubmission,
  revalidate: [SUBMISSIONS],
  success: "submissions.returned",
});

export const reopenSubmissionAction = defineAction({
  name: "reopenSubmissionAction",
  schema: reopenSubmissionSchema,
  run: reopenSubmission,
  revalidate: [SUBMISSIONS],
  success: "submissions.reopened",
});

export const openPeriodAction = defineAction({
  name: "openPeriodAction",
  schema: openPeriodSchema,
  run: openPeriod,
  revalidate: [SUBMISSIONS],
  success: "submissions.periodOpened",
});

export const setPeriodDeadlineAction = defineAction({
  name: "setPeriodDeadlineAction",
  schema: periodDeadlineSchema,
  run: setPeriodDeadline,
  revalidate: [SUBMISSIONS],
  success: "submissions.deadlineSet",
});

export const closePeriodAction = defineAction({
  name: "closePeriodAction",
  schema: periodIdSchema,
  run: (user, { periodId }) => closePeriod(user, periodId),
  revalidate: [SUBMISSIONS],
  success: "submissions.periodClosed",
});

/**
 * Upload of a filled Excel template: read, checked row by row with the form's own rules, and saved as a draft
 * only when the whole file is valid. Errors come back by row number (`details.rows`).
 */
export const uploadSubmissionWorkbookAction = defineAction({
  name: "uploadSubmissionWorkbookAction",
  schema: workbookUploadSchema,
  run: saveWorkbookAsDraft,
  revalidate: [SUBMISSIONS],
  success: "submissions.imported",
});

const workbookRefused = (messageKey: string, params?: Record<string, number>, details?: unknown) =>
  new AppError("VALIDATION", { messageKey, params, details });

async function saveWorkbookAsDraft(
  user: SessionUser,
  { submissionId, file }: { submissionId: number; file: unknown },
) {
  const { fields, rules } = await getSubmissionRules(user, submissionId, "submissions:edit");
  if (!(file instanceof Blob) || file.size === 0 || file.size > MAX_REPORT_WORKBOOK_BYTES)
    throw workbookRefused("submissions.workbookUnreadable");
  const workbook = await parseSubmissionWorkbook(
    await file.arrayBuffer(),
    new Set(fields.map((field) => field.key)),
  );
  if (!workbook) throw workbookRefused("submissions.workbookUnreadable");
  if (workbook.submissionId !== submissionId) throw workbookRefused("submissions.workbookOtherSubmission");
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
    throw workbookRefused(
      "submissions.workbookRows",
      { count: new Set(rows.map((row) => row.row)).size },
      { rows },
    );
  }
  return saveSubmission(user, parsed.data);
}
