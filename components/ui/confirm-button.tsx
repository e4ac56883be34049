"use client";

import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";

/**
 * A submit button that asks first: it opens a modal dialog (native <dialog>: focus moves into it, Esc cancels)
 * and submits its form only when confirmed. Use it inside the form whose action it confirms.
 */
export function ConfirmButton({
  children,
  question,
  variant = "secondary",
  confirmVariant = "danger",
  disabled,
  name,
  value,
}: {
  children: ReactNode;
  question: ReactNode;
  variant?: ButtonVariant;
  confirmVariant?: ButtonVariant;
  disabled?: boolean;
  /** Sent with the form by the confirming button, like a submit button's own name and value */
  name?: string;
  value?: string;
}) {
  const t = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {children}
      </Button>
      <dialog
        ref={dialog}
        className="m-auto max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40"
        aria-label={typeof children === "string" ? children : undefined}
      >
        <div className="p-5">
          <p className="text-sm text-slate-800">{question}</p>
          <div className="mt-5 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
              {t("cancel")}
            </Button>
            <Button
              type="submit"
              variant={confirmVariant}
              name={name}
              value={value}
              onClick={() => dialog.current?.close()}
            >
              {t("confirm")}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
