// The one result shape of every form's server action (used with React's useActionState).
// Messages are i18n keys, translated where they are shown, so the same action serves both languages.
import type { z } from "zod";
import { isAppError, type AppErrorCode } from "@/lib/errors";

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

/** Field errors from a zod failure; schema messages are keys under `validation.`. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const params: MessageParams = {};
    if ("minimum" in issue && issue.minimum !== undefined) params.min = Number(issue.minimum);
    if ("maximum" in issue && issue.maximum !== undefined) params.max = Number(issue.maximum);
    // Custom rules (cross-field, outliers) pass their own message parameters.
    if (issue.code === "custom" && issue.params) Object.assign(params, issue.params);
    // A message that is not one of ours (zod's default English text) becomes the generic key.
    const key = /^[a-zA-Z][a-zA-Z0-9_.]*$/.test(issue.message) ? issue.message : "invalid";
    (errors[field] ??= []).push({ key, params });
  }
  return errors;
}

export function validationFailed<T = undefined>(error: z.ZodError): ActionState<T> {
  return {
    status: "error",
    messageKey: "codes.VALIDATION",
    code: "VALIDATION",
    fieldErrors: fieldErrorsOf(error),
  };
}

/** Expected domain failures become a form message; anything else is a bug and propagates to error.tsx. */
export function actionErrorFrom<T = undefined>(error: unknown): ActionState<T> {
  if (!isAppError(error)) throw error;
  return {
    status: "error",
    messageKey: error.messageKey,
    params: error.params,
    code: error.code,
    details: error.details,
    fieldErrors: fieldErrorsFromDetails(error.details),
  };
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
