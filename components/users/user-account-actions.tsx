"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Button } from "@/components/ui/button";
import { resetUserPasswordAction, setUserActiveAction, unlockUserAction } from "@/lib/actions/users";
import { TemporaryPassword } from "./temporary-password";

/** Reset password, deactivate or reactivate, unlock: each asks for confirmation where it cannot be undone. */
export function UserAccountActions({
  userId,
  isActive,
  isLocked,
}: {
  userId: number;
  isActive: boolean;
  isLocked: boolean;
}) {
  const t = useTranslations("users");
  const resetForm = useActionForm(resetUserPasswordAction);
  const activeForm = useActionForm(setUserActiveAction);
  const unlockForm = useActionForm(unlockUserAction);
  const reset = resetForm.state;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <ActionForm form={resetForm} hiddenFields={{ id: userId }} message="none">
          <ConfirmButton question={t("resetConfirm")} confirmVariant="primary">
            {t("resetPassword")}
          </ConfirmButton>
        </ActionForm>
        <ActionForm form={activeForm} hiddenFields={{ id: userId, active: String(!isActive) }} message="none">
          {isActive ? (
            <ConfirmButton question={t("deactivateConfirm")} variant="danger">
              {t("deactivate")}
            </ConfirmButton>
          ) : (
            <Button type="submit" variant="secondary">
              {t("reactivate")}
            </Button>
          )}
        </ActionForm>
        {isLocked && (
          <ActionForm form={unlockForm} hiddenFields={{ id: userId }} message="none">
            <Button type="submit" variant="secondary">
              {t("unlock")}
            </Button>
          </ActionForm>
        )}
      </div>
      {reset.status === "success" && reset.data ? (
        <TemporaryPassword password={reset.data.temporaryPassword} message={<FormMessage state={reset} />} />
      ) : (
        <FormMessage state={reset} />
      )}
      <FormMessage state={activeForm.state} />
      <FormMessage state={unlockForm.state} />
    </div>
  );
}
