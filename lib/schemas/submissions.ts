import { z } from "zod";
import { readNumberText } from "@/lib/utils/number-text";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { PERCENT_RANGE } from "@/lib/indicators/result";
import { numberInput, plainText, recordVersion, requiredId } from "./common";

// The quarterly form's rules, shared by the browser (checked before sending), the server action, and the Excel
// upload. Messages are keys under `validation.`.

/** One reported indicator of the form, with what its checks need to know. */
export interface ReportedField {
  key: string;
  valueType: ValueType;
  isCumulative: boolean;
  /** What a change is measured against: last quarter's approved value, except for a cumulative figure in the
   * first quarter (it restarts each January) */
  baseline: number | null;
  /** Range of the county's approved values over the past quarters (null with too little history) */
  history: { min: number; max: number } | null;
  /** A collection item's allowed range (decision 0044): values outside it are refused, drafts included */
  min?: number | null;
  max?: number | null;
  /** A collection item whose every value must carry a note at submit */
  noteRequired?: boolean;
}

export interface FormRules {
  /** City setting `outlier_factor` */
  outlierFactor: number;
}

export const VALUE_TYPES = [
  "COUNT",
  "PERCENT",
  "AMOUNT",
  "RATIO",
  "DECIMAL",
  "BOOLEAN",
] as const satisfies readonly ValueType[];

const SUBMISSION_INTENTS = ["draft", "submit"] as const;
export type SubmissionIntent = (typeof SUBMISSION_INTENTS)[number];

export const NOTE_MAX = 1000;
export const REASON_MAX = 1000;

/** `a ≤ b` between two fields of the form; `explainable` rules pass when the first field carries a note. */
const CROSS_FIELD_RULES = [
  { key: "projects_started", limit: "projects_planned", message: "submissions.startedOverPlanned" },
  { key: "projects_completed", limit: "projects_started", message: "submissions.completedOverStarted" },
  {
    key: "investment_completed",
    limit: "investment_budgeted",
    message: "submissions.spentOverBudget",
    isExplainable: true,
  },
] as const;

/** History shorter than this is no yardstick. */
export const MIN_HISTORY_POINTS = 4;
/** The approved quarters before the reported one whose range is the yardstick. */
export const OUTLIER_HISTORY_QUARTERS = 8;

export type Outlier =
  { kind: "change"; factor: number; baseline: number } | { kind: "history"; min: number; max: number };

/**
 * Why a value needs an explanation before submit, or null: it changed by more than `factor` (either way) against
 * last quarter, or a point-in-time value left the range of the county's history (widened by its span). Cumulative values only get the
 * first check: they grow through the year by design, so their history range says nothing.
 */
export function outlierOf(field: ReportedField, value: number, rules: FormRules): Outlier | null {
  const factor = rules.outlierFactor;
  const last = field.baseline;
  if (last !== null && last > 0 && (value > last * factor || value < last / factor)) {
    return { kind: "change", factor, baseline: last };
  }
  if (!field.isCumulative && field.history) {
    // The range is widened by its own span, so a figure that keeps moving at its usual pace passes, while one that
    // never moved (a span of 0, e.g. zero dropouts) must explain any change.
    const { min, max } = field.history;
    const span = max - min;
    if (value < min - span || value > max + span) return { kind: "history", min, max };
  }
  return null;
}

/** What the form says about an outlier without an explanation. */
function outlierMessage(outlier: Outlier): { message: string; params: Record<string, number> } {
  return outlier.kind === "change"
    ? { message: "submissions.outlierChange", params: { factor: outlier.factor, last: outlier.baseline } }
    : { message: "submissions.outlierHistory", params: { min: outlier.min, max: outlier.max } };
}

function valueIssue(
  valueType: ValueType,
  value: number,
): { message: string; min?: number; max?: number } | null {
  if (!Number.isFinite(value)) return { message: "submissions.notNumber" };
  switch (valueType) {
    case "COUNT":
      if (!Number.isInteger(value)) return { message: "submissions.integer" };
      return value < 0 ? { message: "submissions.negative" } : null;
    case "PERCENT":
      return value < PERCENT_RANGE.min || value > PERCENT_RANGE.max
        ? { message: "submissions.percentRange", ...PERCENT_RANGE }
        : null;
    case "BOOLEAN":
      return value === 0 || value === 1 ? null : { message: "submissions.boolean" };
    case "AMOUNT":
    case "RATIO":
    case "DECIMAL":
      return value < 0 ? { message: "submissions.negative" } : null;
  }
}

/** Outside a collection item's own allowed range. */
function rangeIssue(
  field: ReportedField,
  value: number,
): { message: string; min?: number; max?: number } | null {
  const min = field.min ?? null;
  const max = field.max ?? null;
  if ((min === null || value >= min) && (max === null || value <= max)) return null;
  if (min !== null && max !== null) return { message: "submissions.outOfRange", min, max };
  return min !== null
    ? { message: "submissions.belowMin", min, max: min }
    : { message: "submissions.aboveMax", min: max ?? 0, max: max ?? 0 };
}

/** Form fields `values.<key>` and `notes.<key>` (from FormData) become nested records. */
function nestFields(input: unknown): unknown {
  if (!input || typeof input !== "object") return input;
  const nested: Record<string, unknown> = { values: {}, notes: {} };
  for (const [name, value] of Object.entries(input)) {
    const [, group, key] = /^(values|notes)\.(.+)$/.exec(name) ?? [];
    if (group && key) (nested[group] as Record<string, unknown>)[key] = value;
    else nested[name] = value;
  }
  return nested;
}

const text = plainText({ error: "invalid" });

/**
 * The quarterly form of one submission. Draft: types, units, ranges and cross-field rules on what is filled in.
 * Submit: also every value present and an explanation for each outlier.
 */
export function submissionFormSchema(fields: readonly ReportedField[], rules: FormRules) {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  return z.preprocess(
    nestFields,
    z
      .object({
        submissionId: requiredId,
        version: recordVersion,
        intent: z.enum(SUBMISSION_INTENTS, { error: "invalid" }),
        values: z.record(z.string(), text.trim().max(40, "tooLong")),
        notes: z.record(z.string(), text.trim().max(NOTE_MAX, "tooLong")),
      })
      .superRefine((form, ctx) => {
        for (const key of [...Object.keys(form.values), ...Object.keys(form.notes)]) {
          if (!byKey.has(key)) ctx.addIssue({ code: "custom", path: ["values", key], message: "invalid" });
        }
        const numbers = new Map<string, number>();
        for (const field of fields) {
          const read = readNumberText(form.values[field.key] ?? "");
          const note = form.notes[field.key] ?? "";
          const path = ["values", field.key];
          if (read.kind === "empty") {
            if (form.intent === "submit")
              ctx.addIssue({ code: "custom", path, message: "submissions.requiredAtSubmit" });
            continue;
          }
          const value = read.kind === "number" ? read.value : Number.NaN;
          const issue = valueIssue(field.valueType, value) ?? rangeIssue(field, value);
          if (issue) {
            ctx.addIssue({ code: "custom", path, message: issue.message, params: minMax(issue) });
            continue;
          }
          numbers.set(field.key, value);
          if (field.noteRequired && form.intent === "submit" && note === "") {
            ctx.addIssue({ code: "custom", path: ["notes", field.key], message: "submissions.noteRequired" });
            continue;
          }
          const outlier = form.intent === "submit" && note === "" ? outlierOf(field, value, rules) : null;
          if (outlier)
            ctx.addIssue({ code: "custom", path: ["notes", field.key], ...outlierMessage(outlier) });
        }
        for (const rule of CROSS_FIELD_RULES) {
          const value = numbers.get(rule.key);
          const limit = numbers.get(rule.limit);
          if (value === undefined || limit === undefined || value <= limit) continue;
          if ("isExplainable" in rule && (form.notes[rule.key] ?? "") !== "") continue;
          ctx.addIssue({ code: "custom", path: ["values", rule.key], message: rule.message });
        }
      })
      .transform((form) => ({
        submissionId: form.submissionId,
        version: form.version,
        intent: form.intent,
        entries: Object.fromEntries(
          fields.map((field) => {
            const read = readNumberText(form.values[field.key] ?? "");
            const note = form.notes[field.key] ?? "";
            return [
              field.key,
              { value: read.kind === "number" ? read.value : null, note: note === "" ? null : note },
            ];
          }),
        ) as Record<string, SubmissionEntry>,
      })),
  );
}

export interface SubmissionEntry {
  value: number | null;
  note: string | null;
}
export type SubmissionFormInput = z.infer<ReturnType<typeof submissionFormSchema>>;

function minMax(issue: { min?: number; max?: number }) {
  return issue.min === undefined ? undefined : { min: issue.min, max: issue.max };
}

const reason = text.trim().min(1, "required").max(REASON_MAX, "tooLong");
const optionalComment = text.trim().max(REASON_MAX, "tooLong");

/** Submission id and the version the reviewer read. */
const versioned = {
  submissionId: requiredId,
  version: recordVersion,
};

export const approveSubmissionSchema = z.object(versioned);

/** The id alone, read first to load the rules of that submission's form. */
export const submissionIdSchema = z.object({ submissionId: requiredId });

/** An uploaded filled template: the file is checked once the report is found in the user's scope. */
export const workbookUploadSchema = submissionIdSchema.extend({ file: z.unknown() });

/** Return to the county: an overall reason, and optionally a comment on single values (`comments.<key>`). */
export const returnSubmissionSchema = z.preprocess(
  (input) => {
    if (!input || typeof input !== "object") return input;
    const comments: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(input)) {
      const [, key] = /^comments\.(.+)$/.exec(name) ?? [];
      if (key) comments[key] = value;
      else rest[name] = value;
    }
    return { ...rest, comments };
  },
  z
    .object({
      ...versioned,
      reason: optionalComment,
      comments: z
        .record(z.string().max(64), optionalComment)
        .transform((comments) => Object.fromEntries(Object.entries(comments).filter(([, c]) => c !== ""))),
    })
    // A return says why: overall, on single values, or both.
    .refine((input) => input.reason !== "" || Object.keys(input.comments).length > 0, {
      path: ["reason"],
      message: "submissions.returnNeedsReason",
    }),
);
export type ReturnSubmissionInput = z.infer<typeof returnSubmissionSchema>;

export const reopenSubmissionSchema = z.object({ ...versioned, reason });
export type ReopenSubmissionInput = z.infer<typeof reopenSubmissionSchema>;

const quarterNumber = numberInput(
  z.number({ error: "invalid" }).int("invalid").min(1, "invalid").max(4, "invalid"),
);
const deadline = z.iso.date({ error: "invalid" }).transform((day) => new Date(`${day}T00:00:00Z`));

export const openPeriodSchema = z.object({
  year: numberInput(z.number({ error: "invalid" }).int("invalid").min(2020, "invalid").max(2100, "invalid")),
  quarter: quarterNumber,
  deadline,
});
export type OpenPeriodInput = z.infer<typeof openPeriodSchema>;

export const periodDeadlineSchema = z.object({ periodId: requiredId, deadline });
export type PeriodDeadlineInput = z.infer<typeof periodDeadlineSchema>;

export const periodIdSchema = z.object({ periodId: requiredId });
