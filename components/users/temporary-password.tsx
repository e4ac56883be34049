"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Shown once after creating an account or resetting its password. */
export function TemporaryPassword({ password, message }: { password: string; message?: ReactNode }) {
  const t = useTranslations("users");
  return (
    <div className="max-w-xl space-y-3">
      {message}
      <div className="rounded-md border border-amber-300 bg-amber-50 p-4" role="status">
        <p className="text-sm font-medium text-amber-900">{t("temporaryPasswordTitle")}</p>
        <p className="mt-2 font-mono text-lg tracking-wider text-slate-900" data-testid="temporary-password">
          {password}
        </p>
        <p className="mt-2 text-sm text-amber-900">{t("temporaryPasswordBody")}</p>
      </div>
    </div>
  );
}
