"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { setLocaleAction } from "@/lib/actions/locale";

export function LocaleSwitcher() {
  const locale = useLocale();
  const t = useTranslations("locale");
  const form = useActionForm(setLocaleAction);
  const next = locale === "zh" ? "en" : "zh";
  return (
    <ActionForm form={form} hiddenFields={{ locale: next }} message="none">
      <button
        type="submit"
        lang={next}
        disabled={form.isPending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60"
        aria-label={t("switchTo")}
      >
        {locale === "zh" ? t("en") : t("zh")}
      </button>
    </ActionForm>
  );
}
