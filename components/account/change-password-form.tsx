"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/action-state";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, formAction] = useActionState(changeOwnPasswordAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        required
        errors={errors?.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        required
        errors={errors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        required
        errors={errors?.confirmPassword}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
