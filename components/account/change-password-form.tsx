"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeOwnPasswordAction } from "@/lib/actions/account";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  return (
    <ActionForm action={changeOwnPasswordAction} className="max-w-md space-y-4">
      <TextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        required
      />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        required
      />
      <TextField
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        required
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
