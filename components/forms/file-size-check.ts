"use client";

import { useState, type SubmitEvent } from "react";
import type { FieldErrors } from "@/lib/actions/action-state";

/**
 * The browser's check of an upload's size before it is sent (lib/imports/upload-limits.ts): a file over `maxBytes`
 * in the field `name` stops the submission and is shown as that field's error, the one the server would give.
 * Spread the result into ActionForm (its `errors` and `onSubmit`).
 */
export function useFileSizeCheck(name: string, maxBytes: number, megabytes: number) {
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem(name);
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setErrors({ [name]: [{ key: "fileTooLarge", params: { megabytes } }] });
    } else setErrors(null);
  }
  return { errors, onSubmit };
}
