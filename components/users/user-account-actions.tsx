"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Button } from "@/components/ui/button";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
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
  const [resetState, resetAction] = useActionState(
    resetUserPasswordAction,
    IDLE as ActionState<{ temporaryPassword: string }>,
  );
  const [activeState, activeAction] = useActionState(setUserActiveAction, IDLE);
  const [unlockState, unlockAction] = useActionState(unlockUserAction, IDLE);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <form action={resetAction}>
          <input type="hidden" name="id" value={userId} />
          <ConfirmButton question={t("resetConfirm")} confirmVariant="primary">
            {t("resetPassword")}
          </ConfirmButton>
        </form>
        <form action={activeAction}>
          <input type="hidden" name="id" value={userId} />
          <input type="hidden" name="active" value={String(!isActive)} />
          {isActive ? (
            <ConfirmButton question={t("deactivateConfirm")} variant="danger">
              {t("deactivate")}
            </ConfirmButton>
          ) : (
            <Button type="submit" variant="secondary">
              {t("reactivate")}
            </Button>
          )}
        </form>
        {isLocked && (
          <form action={unlockAction}>
            <input type="hidden" name="id" value={userId} />
            <Button type="submit" variant="secondary">
              {t("unlock")}
            </Button>
          </form>
        )}
      </div>
      {resetState.status === "success" && resetState.data ? (
        <TemporaryPassword
          password={resetState.data.temporaryPassword}
          message={<FormMessage state={resetState} />}
        />
      ) : (
        <FormMessage state={resetState} />
      )}
      <FormMessage state={activeState} />
      <FormMessage state={unlockState} />
    </div>
  );
}
