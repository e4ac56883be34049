"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateCitySettingsAction } from "@/lib/actions/indicators";
import type { CitySettings } from "@/lib/settings/city-settings";

export function CitySettingsForm({ settings }: { settings: CitySettings }) {
  const t = useTranslations("settings");
  const tCommon = useTranslations("common");
  return (
    <ActionForm action={updateCitySettingsAction} message="bottom" className="grid max-w-md gap-4">
      <TextField
        name="principal_term_years"
        label={t("principal_term_years")}
        hint={t("principal_term_yearsHint")}
        type="number"
        min={1}
        max={10}
        defaultValue={settings.principal_term_years}
        required
      />
      <TextField
        name="outlier_factor"
        label={t("outlier_factor")}
        hint={t("outlier_factorHint")}
        inputMode="decimal"
        defaultValue={settings.outlier_factor}
        required
      />
      <div>
        <SubmitButton>{tCommon("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
