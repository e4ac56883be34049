"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";

export function RevokeApiTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const t = useTranslations("apiTokens");
  const form = useActionForm(revokeApiTokenAction);
  return (
    <ActionForm form={form} hiddenFields={{ id: tokenId }}>
      <ConfirmButton question={`${t("revoke")}：${name}？`} variant="danger">
        {t("revoke")}
      </ConfirmButton>
    </ActionForm>
  );
}
