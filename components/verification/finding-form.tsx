"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextareaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { recordVerificationFindingAction } from "@/lib/actions/verification";
import { FINDING_NOTE_MAX } from "@/lib/workflows/verification";

/**
 * The verifier's finding on one sampled value: 相符 at once, or 记录不符 with the value the sources give and a note.
 * Both buttons send the form; the server requires the value and the note for a discrepancy.
 */
export function FindingForm({ itemId }: { itemId: number }) {
  const t = useTranslations("verification");
  return (
    <ActionForm action={recordVerificationFindingAction} hiddenFields={{ itemId }} className="space-y-2">
      {/* One form per sampled value on the page: ids name the item, so each label finds its own field. */}
      <TextField
        name="checkedValue"
        id={`checkedValue-${itemId}`}
        label={t("checkedValue")}
        inputMode="decimal"
        autoComplete="off"
      />
      <TextareaField
        name="note"
        id={`note-${itemId}`}
        label={t("note")}
        hint={t("noteHint")}
        maxLength={FINDING_NOTE_MAX}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="finding" value="CONFIRMED" variant="secondary">
          {t("confirm")}
        </SubmitButton>
        <SubmitButton name="finding" value="DISCREPANCY" variant="danger">
          {t("discrepancy")}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
