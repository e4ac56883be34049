"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import { updateCitySettingsAction } from "@/lib/actions/indicators";
import type { CitySettings } from "@/lib/settings/city-settings";

export function CitySettingsForm({ settings }: { settings: CitySettings }) {
  const t = useTranslations("settings");
  const tCommon = useTranslations("common");
  const [state, action] = useActionState(updateCitySettingsAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      <TextField
        name="principal_term_years"
        label={t("principal_term_years")}
        hint={t("principal_term_yearsHint")}
        type="number"
        min={1}
        max={10}
        defaultValue={settings.principal_term_years}
        required
        errors={errors?.principal_term_years}
      />
      <TextField
        name="outlier_factor"
        label={t("outlier_factor")}
        hint={t("outlier_factorHint")}
        inputMode="decimal"
        defaultValue={settings.outlier_factor}
        required
        errors={errors?.outlier_factor}
      />
      <div>
        <SubmitButton>{tCommon("save")}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
