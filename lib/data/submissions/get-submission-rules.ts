import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { FormRules, ReportedField } from "@/lib/schemas/submissions";
import {
  loadScopedSubmission,
  schemaFieldsOf,
  unsafeLoadFormRules,
  unsafeLoadFormFields,
} from "./submission-access";

/**
 * What the form's schema needs to check a submission's values (fields with their history, city rules). Writers
 * ask with `submissions:edit`, so a reader's forged write is refused before its payload is even looked at.
 */
export async function getSubmissionRules(
  user: SessionUser,
  submissionId: number,
  permission: "submissions:view" | "submissions:edit",
): Promise<{ fields: ReportedField[]; rules: FormRules }> {
  const client = db();
  const submission = await loadScopedSubmission(client, user, submissionId, permission);
  const [fields, rules] = await Promise.all([
    unsafeLoadFormFields(client, submission.countyId, submission.period),
    unsafeLoadFormRules(client, submission.period.cityId),
  ]);
  return { fields: schemaFieldsOf(fields), rules };
}
