"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateOwnEmailAction } from "@/lib/actions/account";

export function OwnEmailForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const tCommon = useTranslations("common");
  return (
    <ActionForm action={updateOwnEmailAction} className="max-w-md space-y-4">
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={email}
      />
      <SubmitButton>{tCommon("save")}</SubmitButton>
    </ActionForm>
  );
}
