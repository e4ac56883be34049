import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { SubmissionEntry } from "@/lib/schemas/submissions";
import {
  PERIOD_NAME_FIELDS,
  loadScopedSubmission,
  unsafeLoadFormRules,
  unsafeLoadFormFields,
  unsafeLoadPreviousPeriodValues,
} from "./submission-access";
import { reportSubject, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * A report as its page shows it: the form's fields grouped in catalogue order with this quarter's values, last
 * quarter's, the year to date and the reviewer's comments; each value's change history; the timeline; the
 * submitted revisions for the diff; and what the user may do with it. Null when missing or out of scope.
 */
export async function getSubmission(user: SessionUser, submissionId: number) {
  const client = db();
  let access;
  try {
    access = await loadScopedSubmission(client, user, submissionId, "submissions:view");
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const [submission, fields, rules, previousValues] = await Promise.all([
    client.submission.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        id: true,
        state: true,
        version: true,
        isLate: true,
        submittedAt: true,
        approvedAt: true,
        returnedAt: true,
        returnReason: true,
        reopenReason: true,
        lastActivityAt: true,
        county: { select: { id: true, name: true, nameEn: true } },
        period: { select: { id: true, quarter: true, state: true, deadline: true, ...PERIOD_NAME_FIELDS } },
        values: {
          select: {
            indicatorKey: true,
            value: true,
            note: true,
            returnComment: true,
            changes: {
              orderBy: { changedAt: "desc" },
              select: {
                id: true,
                oldValue: true,
                newValue: true,
                oldNote: true,
                newNote: true,
                version: true,
                changedAt: true,
                changedBy: { select: { displayName: true } },
              },
            },
          },
        },
        events: {
          orderBy: { at: "asc" },
          select: {
            id: true,
            fromState: true,
            toState: true,
            reason: true,
            at: true,
            actor: { select: { displayName: true } },
          },
        },
        revisions: {
          orderBy: { revision: "asc" },
          select: {
            revision: true,
            values: true,
            submittedAt: true,
            submittedBy: { select: { displayName: true } },
          },
        },
      },
    }),
    unsafeLoadFormFields(client, access.countyId, access.period),
    unsafeLoadFormRules(client, access.period.cityId),
    unsafeLoadPreviousPeriodValues(client, access.period, { countyId: access.countyId }),
  ]);
  const { values, revisions, ...report } = submission;
  const valueOf = new Map(values.map((row) => [row.indicatorKey, row]));
  // What the page offers is what the write guards would allow: the same workflow decides both.
  const subject = reportSubject({ ...submission, period: access.period });
  const actions = SUBMISSION_WORKFLOW.allowedActions(user.role, subject);
  const edit = SUBMISSION_WORKFLOW.decide("save", subject);
  return {
    ...report,
    rules,
    fields: fields.map((field) => {
      const row = valueOf.get(field.key);
      return {
        ...field,
        lastValue: previousValues.get(field.key) ?? field.lastValue,
        value: row?.value == null ? null : Number(row.value),
        note: row?.note ?? null,
        returnComment: row?.returnComment ?? null,
        changes: (row?.changes ?? []).map((change) => ({
          ...change,
          oldValue: change.oldValue === null ? null : Number(change.oldValue),
          newValue: change.newValue === null ? null : Number(change.newValue),
          changedBy: change.changedBy.displayName,
        })),
      };
    }),
    revisions: revisions.map((revision) => ({
      ...revision,
      values: revision.values as unknown as Record<string, SubmissionEntry>,
      submittedBy: revision.submittedBy.displayName,
    })),
    canEdit: actions.includes("save"),
    canReview: actions.includes("approve"),
    canReopen: actions.includes("reopen"),
    /** Why the county could not change the report now (whoever looks), or null while it can */
    editRefusal: edit.isAllowed ? null : edit.refusal,
  };
}

export type SubmissionView = NonNullable<Awaited<ReturnType<typeof getSubmission>>>;
