"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** Submits its form; disabled and labelled "working" while the action runs. */
export function SubmitButton({
  children,
  variant = "primary",
  name,
  value,
}: {
  children: ReactNode;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const t = useTranslations("common");
  return (
    <Button
      type="submit"
      variant={variant}
      disabled={pending}
      aria-disabled={pending}
      name={name}
      value={value}
    >
      {pending ? t("working") : children}
    </Button>
  );
}
