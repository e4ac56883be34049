import { z } from "zod";
import { plainText, recordVersion, requiredId } from "./common";
import { REASON_MAX, submissionFormSchema, type FormRules, type ReportedField } from "./submissions";

// A school's return (decision 0046) is checked by the report form's own schema, built from the same collection
// fields: only the id it names differs. Messages are keys under `validation.`.

/** The report schema names its subject `submissionId`; a school's return names it `returnId`. */
function asReportForm(input: unknown): unknown {
  if (!input || typeof input !== "object") return input;
  const { returnId, ...rest } = input as Record<string, unknown>;
  return { ...rest, submissionId: returnId };
}

/** Draft save or submit of a school's return: the collection's fields, checked as a county's report is. */
export function schoolReturnFormSchema(fields: readonly ReportedField[], rules: FormRules) {
  return z
    .preprocess(asReportForm, submissionFormSchema(fields, rules))
    .transform(({ submissionId, ...form }) => ({ returnId: submissionId, ...form }));
}
export type SchoolReturnFormInput = z.infer<ReturnType<typeof schoolReturnFormSchema>>;

/** The id alone, read first to load the fields of that return's collection. */
export const schoolReturnIdSchema = z.object({ returnId: requiredId });

export const approveSchoolReturnSchema = z.object({ returnId: requiredId, version: recordVersion });

/** Return to the school: always with a reason, which the principal reads in the inbox and on the return. */
export const returnSchoolReturnSchema = z.object({
  returnId: requiredId,
  version: recordVersion,
  reason: plainText({ error: "invalid" }).trim().min(1, "required").max(REASON_MAX, "tooLong"),
});
export type ReturnSchoolReturnInput = z.infer<typeof returnSchoolReturnSchema>;
