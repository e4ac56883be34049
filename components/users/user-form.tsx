"use client";

import { localized } from "@/lib/utils/localized";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { createUserAction, updateUserAction } from "@/lib/actions/users";
import { bindsTo } from "@/lib/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { TemporaryPassword } from "./temporary-password";

interface Places {
  counties: { id: number; name: string; nameEn: string }[];
  schools: { id: number; name: string; countyId: number }[];
}

interface EditedUser {
  id: number;
  loginName: string;
  displayName: string;
  email: string | null;
  role: Role;
  countyId: number | null;
  schoolId: number | null;
}

/** Create or edit an account; the county and school fields appear for the roles that are bound to them. */
export function UserForm({
  places,
  roles,
  user,
}: {
  places: Places;
  roles: readonly Role[];
  user?: EditedUser;
}) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const createForm = useActionForm(createUserAction);
  const updateForm = useActionForm(updateUserAction);
  const created = createForm.state;
  const [role, setRole] = useState<Role>(user?.role ?? roles[roles.length - 1] ?? "COUNTY_OFFICER");
  const [countyId, setCountyId] = useState<string>(user?.countyId ? String(user.countyId) : "");
  const needsCounty = bindsTo(role, "county");
  const mayBeCitywide = bindsTo(role, "city");
  const needsSchool = bindsTo(role, "school");
  const schoolCountyId = user?.schoolId
    ? places.schools.find((s) => s.id === user.schoolId)?.countyId
    : undefined;
  const [schoolCounty, setSchoolCounty] = useState<string>(schoolCountyId ? String(schoolCountyId) : "");
  const countyOptions = places.counties.map((county) => ({
    value: county.id,
    label: localized(county, "name", locale),
  }));

  if (!user && created.status === "success" && created.data) {
    return (
      <TemporaryPassword
        password={created.data.temporaryPassword}
        message={<FormMessage state={created} />}
      />
    );
  }

  return (
    <ActionForm
      form={user ? updateForm : createForm}
      hiddenFields={user ? { id: user.id } : undefined}
      className="max-w-xl space-y-4"
    >
      {user ? (
        <>
          <p className="text-sm">
            <span className="text-slate-500">{t("loginName")}：</span>
            <span className="font-mono">{user.loginName}</span>
          </p>
        </>
      ) : (
        <TextField
          name="loginName"
          label={t("loginName")}
          hint={t("loginNameHint")}
          required
          autoComplete="off"
        />
      )}
      <TextField name="displayName" label={t("displayName")} required defaultValue={user?.displayName} />
      <TextField
        name="email"
        type="email"
        autoComplete="off"
        label={t("email")}
        hint={t("emailHint")}
        defaultValue={user?.email ?? ""}
      />
      <SelectField
        name="role"
        label={t("role")}
        required
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        options={roles.map((option) => ({ value: option, label: tRoles(option) }))}
      />
      {needsCounty && (
        <SelectField
          name="countyId"
          label={t("county")}
          hint={t("countyHint")}
          required={!mayBeCitywide}
          value={countyId}
          onChange={(event) => setCountyId(event.target.value)}
          placeholder={mayBeCitywide ? t("citywide") : t("chooseCounty")}
          options={countyOptions}
        />
      )}
      {needsSchool && (
        <>
          <SelectField
            name="schoolCounty"
            label={t("county")}
            value={schoolCounty}
            onChange={(event) => setSchoolCounty(event.target.value)}
            placeholder={t("chooseCounty")}
            options={countyOptions}
          />
          <SelectField
            name="schoolId"
            label={t("school")}
            hint={t("schoolHint")}
            required
            defaultValue={user?.schoolId ?? ""}
            key={schoolCounty}
            placeholder={t("chooseSchool")}
            options={places.schools
              .filter((school) => String(school.countyId) === schoolCounty)
              .map((school) => ({ value: school.id, label: school.name }))}
          />
        </>
      )}
      <SubmitButton>{user ? tCommon("save") : t("new")}</SubmitButton>
    </ActionForm>
  );
}
