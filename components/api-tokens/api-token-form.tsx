"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { bindsTo } from "@/lib/auth/scope";
import type { Role } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/utils/localized";

interface Places {
  counties: { id: number; name: string; nameEn: string }[];
  schools: { id: number; name: string; countyId: number }[];
}

/** Creates a token bound to a role and its county or school; the token is shown once, right here. */
export function ApiTokenForm({ places, roles }: { places: Places; roles: readonly Role[] }) {
  const t = useTranslations("apiTokens");
  const tRoles = useTranslations("roles");
  const form = useActionForm(createApiTokenAction);
  const [role, setRole] = useState<Role>(roles.includes("COUNTY_OFFICER") ? "COUNTY_OFFICER" : roles[0]!);
  const [schoolCounty, setSchoolCounty] = useState("");
  const locale = useLocale();
  const countyOptions = places.counties.map((county) => ({
    value: county.id,
    label: localized(county, "name", locale),
  }));
  const created = form.state;
  return (
    <div className="space-y-4">
      {created.status === "success" && created.data ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4" role="status">
          <FormMessage state={created} />
          <p className="mt-2 text-sm font-medium text-amber-900">{t("createdToken")}</p>
          <p className="mt-2 font-mono text-sm break-all text-slate-900" data-testid="api-token">
            {created.data.token}
          </p>
        </div>
      ) : null}
      <ActionForm
        form={form}
        className="max-w-xl space-y-4"
        message={created.status === "success" ? "none" : undefined}
      >
        <TextField name="name" label={t("name")} required autoComplete="off" />
        <SelectField
          name="role"
          label={t("role")}
          required
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          options={roles.map((option) => ({ value: option, label: tRoles(option) }))}
        />
        {bindsTo(role, "county") && (
          <SelectField
            name="countyId"
            label={t("county")}
            required={!bindsTo(role, "city")}
            placeholder={bindsTo(role, "city") ? t("cityWide") : t("noCounty")}
            options={countyOptions}
          />
        )}
        {bindsTo(role, "school") && (
          <>
            <SelectField
              name="schoolCounty"
              label={t("county")}
              value={schoolCounty}
              onChange={(event) => setSchoolCounty(event.target.value)}
              placeholder={t("noCounty")}
              options={countyOptions}
            />
            <SelectField
              name="schoolId"
              label={t("school")}
              required
              key={schoolCounty}
              placeholder={t("noCounty")}
              options={places.schools
                .filter((school) => String(school.countyId) === schoolCounty)
                .map((school) => ({ value: school.id, label: school.name }))}
            />
          </>
        )}
        <TextField
          name="expiresInDays"
          label={t("expiresInDays")}
          inputMode="numeric"
          defaultValue="90"
          required
        />
        <SubmitButton>{t("create")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
