"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { createUserAction, updateUserAction } from "@/lib/actions/users";
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
  const [createState, createAction] = useActionState(
    createUserAction,
    IDLE as ActionState<{ userId: number; temporaryPassword: string }>,
  );
  const [updateState, updateAction] = useActionState(updateUserAction, IDLE);
  const state = user ? updateState : createState;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const [role, setRole] = useState<Role>(user?.role ?? roles[roles.length - 1] ?? "COUNTY_OFFICER");
  const [countyId, setCountyId] = useState<string>(user?.countyId ? String(user.countyId) : "");
  const needsCounty = role === "COUNTY_OFFICER" || role === "LEADER";
  const needsSchool = role === "SCHOOL_PRINCIPAL";
  const schoolCountyId = user?.schoolId
    ? places.schools.find((s) => s.id === user.schoolId)?.countyId
    : undefined;
  const [schoolCounty, setSchoolCounty] = useState<string>(schoolCountyId ? String(schoolCountyId) : "");
  const countyName = (county: Places["counties"][number]) => (locale === "zh" ? county.name : county.nameEn);

  if (!user && createState.status === "success" && createState.data) {
    return (
      <TemporaryPassword
        password={createState.data.temporaryPassword}
        message={<FormMessage state={createState} />}
      />
    );
  }

  return (
    <form action={user ? updateAction : createAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      {user ? (
        <>
          <input type="hidden" name="id" value={user.id} />
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
          errors={errors?.loginName}
        />
      )}
      <TextField
        name="displayName"
        label={t("displayName")}
        required
        defaultValue={user?.displayName}
        errors={errors?.displayName}
      />
      <SelectField
        name="role"
        label={t("role")}
        required
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        errors={errors?.role}
      >
        {roles.map((option) => (
          <option key={option} value={option}>
            {tRoles(option)}
          </option>
        ))}
      </SelectField>
      {needsCounty && (
        <SelectField
          name="countyId"
          label={t("county")}
          hint={t("countyHint")}
          required={role === "COUNTY_OFFICER"}
          value={countyId}
          onChange={(event) => setCountyId(event.target.value)}
          errors={errors?.countyId}
        >
          <option value="">{role === "LEADER" ? t("citywide") : t("chooseCounty")}</option>
          {places.counties.map((county) => (
            <option key={county.id} value={county.id}>
              {countyName(county)}
            </option>
          ))}
        </SelectField>
      )}
      {needsSchool && (
        <>
          <SelectField
            name="schoolCounty"
            label={t("county")}
            value={schoolCounty}
            onChange={(event) => setSchoolCounty(event.target.value)}
          >
            <option value="">{t("chooseCounty")}</option>
            {places.counties.map((county) => (
              <option key={county.id} value={county.id}>
                {countyName(county)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="schoolId"
            label={t("school")}
            hint={t("schoolHint")}
            required
            defaultValue={user?.schoolId ?? ""}
            errors={errors?.schoolId}
            key={schoolCounty}
          >
            <option value="">{t("chooseSchool")}</option>
            {places.schools
              .filter((school) => String(school.countyId) === schoolCounty)
              .map((school) => (
                <option key={school.id} value={school.id}>
                  {school.name}
                </option>
              ))}
          </SelectField>
        </>
      )}
      <SubmitButton>{user ? tCommon("save") : t("new")}</SubmitButton>
    </form>
  );
}
