"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField, type SelectOption } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createGroupAction, updateGroupAction } from "@/lib/actions/groups";
import type { EducationGroupKind } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/utils/periods";

interface EditedGroup {
  id: number;
  name: string;
  kind: EducationGroupKind;
  coreSchoolId: number;
  foundedOn: Date;
}

/**
 * Found a group in a county, or correct one. The core school is one of the county's active schools when founding,
 * one of the group's current members when correcting; the kind labels come translated from the server.
 */
export function GroupForm({
  countyId,
  kinds,
  coreSchools,
  group,
}: {
  countyId?: number;
  kinds: SelectOption[];
  coreSchools: { id: number; name: string; code: string }[];
  group?: EditedGroup;
}) {
  const t = useTranslations("groups");
  return (
    <ActionForm
      action={group ? updateGroupAction : createGroupAction}
      hiddenFields={group ? { id: group.id } : { countyId: countyId! }}
      className="max-w-xl space-y-4"
    >
      <TextField name="name" label={t("fields.name")} required defaultValue={group?.name} />
      <SelectField
        name="kind"
        label={t("fields.kind")}
        hint={t("countsForCoverageHint")}
        required
        defaultValue={group?.kind ?? ""}
        placeholder={t("choose")}
        options={kinds}
      />
      <SelectField
        name="coreSchoolId"
        label={t("fields.coreSchool")}
        required
        defaultValue={group?.coreSchoolId ?? ""}
        placeholder={t("chooseSchool")}
        options={coreSchools.map((school) => ({
          value: school.id,
          label: `${school.name}（${school.code}）`,
        }))}
      />
      <TextField
        name="foundedOn"
        type="date"
        label={t("fields.foundedOn")}
        required
        defaultValue={group ? isoDay(group.foundedOn) : undefined}
      />
      <SubmitButton>{group ? t("save") : t("create")}</SubmitButton>
    </ActionForm>
  );
}
