"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList } from "@/components/forms/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { urgeReportsAction } from "@/lib/actions/notifications";

/**
 * 催报 on a period's board: the counties that still owe the report, all ticked, and one confirmed action that sends
 * their officers an inbox reminder.
 */
export function UrgeForm({
  periodId,
  counties,
}: {
  periodId: number;
  counties: { id: number; name: string; state: string }[];
}) {
  const t = useTranslations("inbox.urge");
  return (
    <ActionForm action={urgeReportsAction} hiddenFields={{ periodId }} className="space-y-3">
      <fieldset>
        <legend className="sr-only">{t("title")}</legend>
        <ul className="space-y-1 text-sm">
          {counties.map((county) => (
            <li key={county.id}>
              <label className="flex items-center justify-between gap-2">
                <span className="flex items-center gap-2">
                  <input type="checkbox" name="countyIds" value={county.id} defaultChecked />
                  {county.name}
                </span>
                <span className="text-xs text-slate-500">{county.state}</span>
              </label>
            </li>
          ))}
        </ul>
        <CountyErrors />
      </fieldset>
      <p className="text-xs text-slate-500">{t("hint")}</p>
      <ConfirmButton question={t("confirm")} variant="secondary" confirmVariant="primary">
        {t("send")}
      </ConfirmButton>
    </ActionForm>
  );
}

function CountyErrors() {
  return <FieldErrorList id="countyIds-error" errors={useFieldErrors("countyIds")} />;
}
