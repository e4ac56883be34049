"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";

/** The form's overall result, announced to screen readers. */
export function FormMessage({ state, id }: { state: ActionState<unknown>; id?: string }) {
  const tErrors = useTranslations("errors");
  const tMessages = useTranslations("messages");
  return (
    <div id={id} aria-live="polite" role={state.status === "error" ? "alert" : "status"}>
      {state.status === "error" && (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {tErrors(state.messageKey, state.params)}
        </p>
      )}
      {state.status === "success" && (
        <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {tMessages(state.messageKey, state.params)}
        </p>
      )}
    </div>
  );
}
