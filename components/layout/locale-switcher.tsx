"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/locale";

export function LocaleSwitcher() {
  const locale = useLocale();
  const t = useTranslations("locale");
  const [isPending, startTransition] = useTransition();
  const next = locale === "zh" ? "en" : "zh";
  return (
    <button
      type="button"
      lang={next}
      onClick={() => startTransition(() => setLocaleAction(next))}
      disabled={isPending}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60"
      aria-label={t("switchTo")}
    >
      {locale === "zh" ? t("en") : t("zh")}
    </button>
  );
}
