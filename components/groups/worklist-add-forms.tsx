"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type ReactNode } from "react";
import { ActionForm, useActionForm, type ActionFormState } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { addGroupMemberAction } from "@/lib/actions/groups";

interface SharedForm {
  form: ActionFormState<undefined>;
  /** The school whose row was sent last: only its fields show the server's field errors */
  sentFor: number | null;
  setSentFor: (schoolId: number) => void;
}

const WorklistForm = createContext<SharedForm | null>(null);

/**
 * The worklist's rows share one form state: an added school leaves the list when the page re-renders, so its row's
 * own message would vanish with it; the result is announced above the table instead.
 */
export function WorklistForms({ children }: { children: ReactNode }) {
  const form = useActionForm(addGroupMemberAction);
  const [sentFor, setSentFor] = useState<number | null>(null);
  return (
    <WorklistForm.Provider value={{ form, sentFor, setSentFor }}>
      <div className="mb-3">
        <FormMessage state={form.state} />
      </div>
      {children}
    </WorklistForm.Provider>
  );
}

/** One worklist row's action: the school joins one of its county's open urban-rural groups on a day. */
export function WorklistAddForm({
  schoolId,
  groups,
  today,
}: {
  schoolId: number;
  groups: { id: number; name: string }[];
  today: string;
}) {
  const t = useTranslations("groups");
  const shared = useContext(WorklistForm)!;
  return (
    <ActionForm
      form={shared.form}
      message="none"
      errors={shared.sentFor === schoolId ? null : {}}
      onSubmit={() => shared.setSentFor(schoolId)}
      hiddenFields={{ schoolId }}
      className="flex flex-wrap items-end gap-3"
    >
      <SelectField
        id={`group-${schoolId}`}
        name="groupId"
        label={t("fields.group")}
        required
        defaultValue={groups.length === 1 ? groups[0]!.id : ""}
        placeholder={t("chooseGroup")}
        options={groups.map((group) => ({ value: group.id, label: group.name }))}
      />
      <TextField
        id={`joined-${schoolId}`}
        name="joinedOn"
        type="date"
        label={t("fields.joinedOn")}
        required
        defaultValue={today}
      />
      <SubmitButton>{t("addToGroup")}</SubmitButton>
    </ActionForm>
  );
}
