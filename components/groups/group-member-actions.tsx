"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { addGroupMemberAction, dissolveGroupAction, endGroupMembershipAction } from "@/lib/actions/groups";

/** A school of the county joins the group on a day (the group page). */
export function AddGroupMemberForm({
  groupId,
  schools,
  today,
}: {
  groupId: number;
  schools: { id: number; name: string; code: string }[];
  today: string;
}) {
  const t = useTranslations("groups");
  return (
    <ActionForm
      action={addGroupMemberAction}
      hiddenFields={{ groupId }}
      className="flex flex-wrap items-end gap-3"
    >
      <SelectField
        name="schoolId"
        label={t("fields.school")}
        required
        defaultValue=""
        placeholder={t("chooseSchool")}
        options={schools.map((school) => ({ value: school.id, label: `${school.name}（${school.code}）` }))}
      />
      <TextField name="joinedOn" type="date" label={t("fields.joinedOn")} required defaultValue={today} />
      <SubmitButton>{t("add")}</SubmitButton>
    </ActionForm>
  );
}

/** A current member leaves, from a day, after confirming (it stops counting for coverage from that day). */
export function EndGroupMembershipForm({
  membershipId,
  schoolName,
  groupName,
  today,
}: {
  membershipId: number;
  schoolName: string;
  groupName: string;
  today: string;
}) {
  const t = useTranslations("groups");
  return (
    <ActionForm
      action={endGroupMembershipAction}
      hiddenFields={{ id: membershipId }}
      className="flex flex-wrap items-end gap-2"
    >
      <TextField
        id={`leave-${membershipId}`}
        name="leftOn"
        type="date"
        label={t("fields.leftOn")}
        required
        defaultValue={today}
      />
      <ConfirmButton question={t("removeConfirm", { school: schoolName, group: groupName })}>
        {t("removeMember")}
      </ConfirmButton>
    </ActionForm>
  );
}

/** 解散, after confirming: every current member leaves on the dissolution day. */
export function DissolveGroupForm({
  groupId,
  groupName,
  today,
}: {
  groupId: number;
  groupName: string;
  today: string;
}) {
  const t = useTranslations("groups");
  return (
    <ActionForm action={dissolveGroupAction} hiddenFields={{ id: groupId }} className="max-w-xl space-y-4">
      <TextField
        name="dissolvedOn"
        type="date"
        label={t("fields.dissolvedOn")}
        required
        defaultValue={today}
      />
      <ConfirmButton question={t("dissolveConfirm", { group: groupName })} variant="danger">
        {t("dissolve")}
      </ConfirmButton>
    </ActionForm>
  );
}
