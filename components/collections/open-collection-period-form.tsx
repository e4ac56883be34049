"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { openCollectionPeriodAction } from "@/lib/actions/collections";

/** City staff open a period of a collection; the server computes its deadline by the collection's rule. */
export function OpenCollectionPeriodForm({
  collectionId,
  year,
  sequence,
  periodsPerYear,
}: {
  collectionId: number;
  year: number;
  sequence: number;
  periodsPerYear: number;
}) {
  const t = useTranslations("collections");
  return (
    <ActionForm action={openCollectionPeriodAction} hiddenFields={{ collectionId }} className="space-y-3">
      <p className="text-sm text-slate-600">{t("openHelp")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <TextField name="year" label={t("year")} type="number" required defaultValue={year} />
        {periodsPerYear > 1 ? (
          <TextField
            name="sequence"
            label={t("sequence")}
            type="number"
            min={1}
            max={periodsPerYear}
            required
            defaultValue={sequence}
          />
        ) : (
          <input type="hidden" name="sequence" value={1} />
        )}
        <SubmitButton>{t("open")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
