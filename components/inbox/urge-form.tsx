"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList } from "@/components/forms/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { urgeReportsAction, urgeSchoolReturnsAction } from "@/lib/actions/notifications";

/** Who a 催报 goes to: the city's counties owing a report, or a county's schools owing their return. */
const RECIPIENTS = {
  counties: { action: urgeReportsAction, field: "countyIds", messages: "urge" },
  schools: { action: urgeSchoolReturnsAction, field: "schoolIds", messages: "urgeSchools" },
} as const;

/**
 * 催报 on a period's board: the units that still owe the period, all ticked, and one confirmed action that sends
 * their officers (or principals) an inbox reminder.
 */
export function UrgeForm({
  periodId,
  recipients = "counties",
  units,
}: {
  periodId: number;
  recipients?: keyof typeof RECIPIENTS;
  units: { id: number; name: string; state: string }[];
}) {
  const { action, field, messages } = RECIPIENTS[recipients];
  const t = useTranslations("inbox");
  return (
    <ActionForm action={action} hiddenFields={{ periodId }} className="space-y-3">
      <fieldset>
        <legend className="sr-only">{t(`${messages}.title`)}</legend>
        <ul className="space-y-1 text-sm">
          {units.map((unit) => (
            <li key={unit.id}>
              <label className="flex items-center justify-between gap-2">
                <span className="flex items-center gap-2">
                  <input type="checkbox" name={field} value={unit.id} defaultChecked />
                  {unit.name}
                </span>
                <span className="text-xs text-slate-500">{unit.state}</span>
              </label>
            </li>
          ))}
        </ul>
        <UnitErrors field={field} />
      </fieldset>
      <p className="text-xs text-slate-500">{t(`${messages}.hint`)}</p>
      <ConfirmButton question={t(`${messages}.confirm`)} variant="secondary" confirmVariant="primary">
        {t(`${messages}.send`)}
      </ConfirmButton>
    </ActionForm>
  );
}

function UnitErrors({ field }: { field: string }) {
  return <FieldErrorList id={`${field}-error`} errors={useFieldErrors(field)} />;
}
