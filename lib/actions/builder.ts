// The one way to write a server action (decision 0014). An action is declared: its zod schema, its data function
// (which checks permission and scope itself), what it revalidates, its success message and optional redirect. The
// builder does the rest once, in this order: authenticate, refuse a call that is not a form, parse, run, map
// errors, revalidate, redirect outside any try.
import "server-only";
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import {
  actionErrorFrom,
  formDataToObject,
  NOT_A_FORM,
  unexpectedFailure,
  validationFailed,
  type ActionState,
  type FormAction,
  type MessageParams,
} from "./action-state";

/**
 * Who may call the action. "user": a signed-in user whose password is not temporary (everything but the two below);
 * "pendingPasswordChange": also a user who must still replace a temporary password (the password form itself);
 * "public": anyone, signed in or not (the reader's language).
 */
export type ActionAccess = "user" | "pendingPasswordChange" | "public";
type ActorOf<Access extends ActionAccess> = Access extends "public" ? null : SessionUser;

/** A page, or a layout and every page below it, whose rendered output the action makes stale. */
export interface Revalidation {
  path: string;
  type?: "layout" | "page";
}
/** Figures feed every dashboard, list and briefing: a write to them makes every page stale. */
export const EVERY_PAGE: Revalidation = { path: "/", type: "layout" };

export interface SuccessMessage<Data> {
  /** Key under `messages.` */
  messageKey: string;
  params?: MessageParams;
  data?: Data;
}

export interface ActionDeclaration<Schema extends z.ZodType, Result, Data, Access extends ActionAccess> {
  /** The exported name; the permission matrix and the fuzz test find the action by it */
  name: string;
  /** Default "user" */
  access?: Access;
  /** Parses the form's fields (`formDataToObject`); its messages are keys under `validation.` */
  schema: Schema;
  /** The data function: checks role and scope itself and throws AppError for expected failures */
  run: (actor: ActorOf<Access>, input: z.output<Schema>) => Promise<Result>;
  /** Revalidated after a successful run only */
  revalidate:
    readonly Revalidation[] | ((input: z.output<Schema>, result: Result) => readonly Revalidation[]);
  /** A key under `messages.`, or the key or message (with parameters and data for the form) made from the result */
  success: string | ((result: Result, input: z.output<Schema>) => string | SuccessMessage<Data>);
  /** Where to go after a successful run, or null to stay on the page and show the success message */
  redirect?: (result: Result, input: z.output<Schema>, actor: ActorOf<Access>) => string | null;
}

/** One entry of the registry: enough to call the action with any payload and to know what it expects. */
export interface RegisteredAction {
  name: string;
  access: ActionAccess;
  schema: z.ZodType;
  /** The exported action itself; it accepts anything and answers a payload that is not a form with VALIDATION */
  action: (previous: unknown, formData: unknown) => Promise<ActionState<unknown>>;
}

// Filled as the action modules load. A module evaluated again (development reloads) replaces its entries, so the
// registry holds the live functions; the permission matrix checks that every export is the registered one.
const REGISTRY = new Map<string, RegisteredAction>();

/** Every action declared so far (the caller loads the action modules first). */
export function registeredActions(): RegisteredAction[] {
  return [...REGISTRY.values()];
}

export function defineAction<
  Schema extends z.ZodType,
  Result,
  Data = undefined,
  Access extends ActionAccess = "user",
>(declaration: ActionDeclaration<Schema, Result, Data, Access>): FormAction<Data> {
  const { name, schema } = declaration;
  const access: ActionAccess = declaration.access ?? "user";

  async function action(_previous: unknown, formData: unknown): Promise<ActionState<Data>> {
    // A page check does not protect an action: every call authenticates (signed-out users are redirected).
    const actor = (
      access === "public"
        ? null
        : await requireUser({ allowPendingPasswordChange: access === "pendingPasswordChange" })
    ) as ActorOf<Access>;
    // Browsers always send a form; anything else is a forged or broken call, refused before it is read.
    if (!(formData instanceof FormData)) return NOT_A_FORM;

    let revalidations: readonly Revalidation[];
    let destination: string | null;
    let state: ActionState<Data>;
    try {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return validationFailed(parsed.error);
      const input = parsed.data;
      const result = await declaration.run(actor, input);
      revalidations =
        typeof declaration.revalidate === "function"
          ? declaration.revalidate(input, result)
          : declaration.revalidate;
      destination = declaration.redirect?.(result, input, actor) ?? null;
      const message =
        typeof declaration.success === "function" ? declaration.success(result, input) : declaration.success;
      state = { status: "success", ...(typeof message === "string" ? { messageKey: message } : message) };
    } catch (error) {
      return failureOf<Data>(name, actor, error);
    }
    for (const target of revalidations) revalidatePath(target.path, target.type);
    if (destination) redirect(destination);
    return state;
  }

  REGISTRY.set(name, { name, access, schema, action });
  return action as FormAction<Data>;
}

/**
 * Expected failures (AppError) become the form's message. Anything else is a bug: logged here, once, with the
 * action and the user (never the input, which may hold passwords), and answered with a reference the user can
 * quote instead of the raw error. Next.js's own signals (redirect, not-found) pass through.
 */
function failureOf<Data>(name: string, actor: SessionUser | null, error: unknown): ActionState<Data> {
  unstable_rethrow(error);
  if (isAppError(error)) return actionErrorFrom(error);
  const reference = randomBytes(4).toString("hex");
  console.error(`[action] ${name} failed (reference ${reference}, user ${actor?.id ?? "none"})`, error);
  return unexpectedFailure(reference);
}
