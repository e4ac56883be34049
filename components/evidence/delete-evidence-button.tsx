"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteEvidenceFileAction } from "@/lib/actions/evidence";

/** 删除 one's own file, after a confirmation naming it. */
export function DeleteEvidenceButton({ fileId, name }: { fileId: number; name: string }) {
  const t = useTranslations("evidence");
  return (
    <ActionForm action={deleteEvidenceFileAction} hiddenFields={{ id: fileId }} className="inline">
      <ConfirmButton question={t("deleteConfirm", { name })} variant="ghost" confirmVariant="danger">
        {t("delete", { name })}
      </ConfirmButton>
    </ActionForm>
  );
}
