"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { addGroupMemberAction, dissolveGroupAction, endGroupMembershipAction } from "@/lib/actions/groups";

/**
 * A school joins a group on a day. On the group page the school is chosen from the county's other active schools;
 * on the worklist the school is fixed and the group is chosen. `idPrefix` keeps the ids of several forms on one
 * page apart.
 */
export function AddGroupMemberForm({
  idPrefix,
  groupId,
  schoolId,
  schools,
  groups,
  today,
}: {
  idPrefix: string;
  groupId?: number;
  schoolId?: number;
  schools?: { id: number; name: string; code: string }[];
  groups?: { id: number; name: string }[];
  today: string;
}) {
  const t = useTranslations("groups");
  return (
    <ActionForm
      action={addGroupMemberAction}
      hiddenFields={groupId ? { groupId } : { schoolId: schoolId! }}
      className="flex flex-wrap items-end gap-3"
    >
      {schools && (
        <SelectField
          id={`${idPrefix}-school`}
          name="schoolId"
          label={t("fields.school")}
          required
          defaultValue=""
          placeholder={t("chooseSchool")}
          options={schools.map((school) => ({ value: school.id, label: `${school.name}（${school.code}）` }))}
        />
      )}
      {groups && (
        <SelectField
          id={`${idPrefix}-group`}
          name="groupId"
          label={t("fields.group")}
          required
          defaultValue={groups.length === 1 ? groups[0]!.id : ""}
          placeholder={t("chooseGroup")}
          options={groups.map((group) => ({ value: group.id, label: group.name }))}
        />
      )}
      <TextField
        id={`${idPrefix}-joined`}
        name="joinedOn"
        type="date"
        label={t("fields.joinedOn")}
        required
        defaultValue={today}
      />
      <SubmitButton>{groups ? t("addToGroup") : t("add")}</SubmitButton>
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
