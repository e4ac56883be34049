// The one result shape of every form's server action (used with React's useActionState).
// Messages are i18n keys, translated where they are shown, so the same action serves both languages.
import type { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";

export type MessageParams = Record<string, string | number>;
export interface FieldError {
  key: string;
  params?: MessageParams;
}
export type FieldErrors = Record<string, FieldError[]>;

export type ActionState<T = undefined> =
  | { status: "idle" }
  | {
      status: "error";
      /** key under `errors.` */
      messageKey: string;
      params?: MessageParams;
      code?: AppErrorCode;
      fieldErrors?: FieldErrors;
      details?: unknown;
    }
  | { status: "success"; messageKey: string; params?: MessageParams; data?: T };

export const IDLE: ActionState = { status: "idle" };

/** A declared server action (lib/actions/builder.ts) as `useActionState` calls it: previous state, submitted form. */
export type FormAction<Data = undefined> = (
  previous: ActionState<Data>,
  formData: FormData,
) => Promise<ActionState<Data>>;

/** Field errors from a zod failure; schema messages are keys under `validation.`. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  // A Map, not an object: a field named like an object's own members ("constructor", "__proto__") is a field too.
  const errors = new Map<string, FieldErrors[string]>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const params: MessageParams = {};
    if ("minimum" in issue && issue.minimum !== undefined) params.min = Number(issue.minimum);
    if ("maximum" in issue && issue.maximum !== undefined) params.max = Number(issue.maximum);
    // Custom rules (cross-field, outliers) pass their own message parameters.
    if (issue.code === "custom" && issue.params) Object.assign(params, issue.params);
    // A message that is not one of ours (zod's default English text) becomes the generic key.
    const key = /^[a-zA-Z][a-zA-Z0-9_.]*$/.test(issue.message) ? issue.message : "invalid";
    errors.set(field, [...(errors.get(field) ?? []), { key, params }]);
  }
  return Object.fromEntries(errors);
}

export function validationFailed<T = undefined>(error: z.ZodError): ActionState<T> {
  return {
    status: "error",
    messageKey: "codes.VALIDATION",
    code: "VALIDATION",
    fieldErrors: fieldErrorsOf(error),
  };
}

/**
 * Parses with a schema that the data needs before it can be chosen (a report's form depends on its indicators):
 * a failure is thrown as the same field errors a declared schema gives.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError("VALIDATION", { details: { fieldErrors: fieldErrorsOf(parsed.error) } });
  return parsed.data;
}

/** An expected domain failure as the form's message (and its field errors, when the failure names fields). */
export function actionErrorFrom<T = undefined>(error: AppError): ActionState<T> {
  return {
    status: "error",
    messageKey: error.messageKey,
    params: error.params,
    code: error.code,
    details: error.details,
    fieldErrors: fieldErrorsFromDetails(error.details),
  };
}

/** The answer to a call whose payload is not a submitted form (a forged or broken request). */
export const NOT_A_FORM = {
  status: "error",
  messageKey: "invalidRequest",
  code: "VALIDATION",
} as const satisfies ActionState;

const UNEXPECTED = "unexpected";

/** A bug on the server: the user sees the reference that was logged with it, never the error itself. */
export function unexpectedFailure<T = undefined>(reference: string): ActionState<T> {
  return { status: "error", messageKey: UNEXPECTED, params: { reference } };
}

/** Whether an action's answer is a bug's (tests fail on it, whatever else they expect). */
export function isUnexpectedFailure(state: unknown): boolean {
  return (
    typeof state === "object" &&
    state !== null &&
    "status" in state &&
    state.status === "error" &&
    "messageKey" in state &&
    state.messageKey === UNEXPECTED &&
    !("code" in state)
  );
}

function fieldErrorsFromDetails(details: unknown): FieldErrors | undefined {
  if (details && typeof details === "object" && "fieldErrors" in details)
    return (details as { fieldErrors: FieldErrors }).fieldErrors;
  return undefined;
}

/** Form fields as a plain object (repeated names become arrays), for zod. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}
