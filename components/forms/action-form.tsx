"use client";

import {
  createContext,
  Fragment,
  startTransition,
  useActionState,
  useContext,
  useRef,
  useState,
  type ComponentProps,
  type ChangeEvent,
  type SubmitEvent,
  type ReactNode,
} from "react";
import { IDLE, type ActionState, type FieldErrors, type FormAction } from "@/lib/actions/action-state";
import { type DescribeField, FieldDescriptionProvider, FormMessage } from "./form-message";
import { useUnsavedChanges } from "./unsaved-changes";

const NO_ERRORS: FieldErrors = {};

/** A declared server action's state in a form: its last result and the field errors of a refused submission. */
export interface ActionFormState<Data> {
  state: ActionState<Data>;
  formAction: (formData: FormData) => void;
  errors: FieldErrors;
  isPending: boolean;
}

/** The state of one form bound to one server action (lib/actions). */
export function useActionForm<Data = undefined>(action: FormAction<Data>): ActionFormState<Data> {
  const [state, formAction, isPending] = useActionState(action, IDLE as ActionState<Data>);
  const errors = (state.status === "error" && state.fieldErrors) || NO_ERRORS;
  return { state, formAction, errors, isPending };
}

const FieldErrorsContext = createContext<FieldErrors>(NO_ERRORS);

/** The errors of the field `name` in the surrounding ActionForm (TextField and its siblings read them). */
export function useFieldErrors(name: string) {
  return useContext(FieldErrorsContext)[name];
}

interface ActionFormProps {
  /** Ids the action needs that the user does not edit (still checked on the server: they are client input) */
  hiddenFields?: Record<string, string | number>;
  /** Where the result is announced; "none" when the caller places it (several forms sharing one message area) */
  message?: "top" | "bottom" | "none";
  /** Errors to show instead of the server's (a check run in the browser before sending) */
  errors?: FieldErrors | null;
  /** How the fields are named in a stale save's list of the other person's changes (a versioned record's form) */
  describeField?: DescribeField;
  children: ReactNode;
}
type FormElementProps = Omit<ComponentProps<"form">, "action" | "children" | "noValidate">;

/**
 * The one shape of a form: a `<form>` bound to its server action, its hidden ids, the announced result message, and
 * the field errors handed to every field by name. Give it the `action` when nothing outside the form needs the
 * result, or the `form` of `useActionForm` when something does (a message placed elsewhere, a temporary password
 * shown on success, row errors below). The server validates with the same schema as any browser check, so the
 * browser's own is off (noValidate).
 */
export function ActionForm<Data>(
  props: ActionFormProps &
    FormElementProps &
    ({ form: ActionFormState<Data>; action?: never } | { action: FormAction<Data>; form?: never }),
) {
  const { form, action, ...rest } = props;
  return action ? <OwnActionForm action={action} {...rest} /> : <BoundForm form={form!} {...rest} />;
}

function OwnActionForm<Data>({
  action,
  ...props
}: { action: FormAction<Data> } & ActionFormProps & FormElementProps) {
  return <BoundForm form={useActionForm(action)} {...props} />;
}

/** How many times the form's action has succeeded (each success is a new state object). */
function useSavedCount(state: ActionState<unknown>): number {
  const [seen, setSeen] = useState(state);
  const [count, setCount] = useState(0);
  if (seen !== state) {
    setSeen(state);
    if (state.status === "success") setCount(count + 1);
  }
  return count;
}

function BoundForm<Data>({
  form,
  hiddenFields,
  message = "top",
  errors,
  describeField,
  children,
  ...props
}: { form: ActionFormState<Data> } & ActionFormProps & FormElementProps) {
  const result = <FormMessage state={form.state} />;
  // React resets a form after its `action` runs, so a refused submission would come back blank (and selects fall back
  // to their first option). Sending from onSubmit keeps everything typed; `action` stays for a browser without
  // JavaScript. The caller's onSubmit (a check in the browser) runs first and may stop the submission.
  const formElement = useRef<HTMLFormElement>(null);
  const savedCount = useSavedCount(form.state);
  const changes = useUnsavedChanges(formElement, savedCount);
  function submitKeepingInput(event: SubmitEvent<HTMLFormElement>) {
    props.onSubmit?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const formData = new FormData(event.currentTarget, event.nativeEvent.submitter);
    startTransition(() => form.formAction(formData));
  }
  // React's onChange is every input, select, checkbox and file change.
  function compareOnChange(event: ChangeEvent<HTMLFormElement>) {
    props.onChange?.(event);
    changes.compare();
  }
  return (
    <form
      ref={formElement}
      action={form.formAction}
      noValidate
      {...props}
      onSubmit={submitKeepingInput}
      onChange={compareOnChange}
    >
      <FieldDescriptionProvider value={describeField ?? null}>
        {message === "top" && result}
        {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FieldErrorsContext.Provider value={errors ?? form.errors}>
          {/* After a success the fields show what was saved: they mount again with the defaults the page re-rendered
        from the database (form.reset() would not do: a select resets to the option it was first rendered with). */}
          <Fragment key={savedCount}>{children}</Fragment>
        </FieldErrorsContext.Provider>
        {message === "bottom" && result}
      </FieldDescriptionProvider>
    </form>
  );
}
