"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { proposeSchoolCorrectionAction } from "@/lib/actions/school-proposals";
import { PROPOSAL_NOTE_MAX } from "@/lib/schemas/school-proposals";
import {
  SchoolRegisterFields,
  useDecidingFields,
  type SchoolFormLabels,
  type SchoolRegisterValues,
} from "./school-register-fields";

/** 提出更正: the register's fields prefilled as they are now, and the grounds; the server keeps what differs. */
export function SchoolProposalForm({
  school,
  labels,
}: {
  school: SchoolRegisterValues & { id: number };
  labels: SchoolFormLabels;
}) {
  const t = useTranslations("schoolProposals");
  const deciding = useDecidingFields(school);
  return (
    <ActionForm
      action={proposeSchoolCorrectionAction}
      hiddenFields={{ schoolId: school.id }}
      className="max-w-xl space-y-4"
    >
      <p className="text-sm text-slate-600">{t("formHint")}</p>
      <SchoolRegisterFields labels={labels} school={school} deciding={deciding} />
      <TextareaField
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        required
        maxLength={PROPOSAL_NOTE_MAX}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
