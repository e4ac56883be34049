"use client";

import { useTranslations } from "next-intl";

// Unexpected errors end here: a plain message and a retry, never the raw error (it is logged on the server).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <main id="main" role="alert" className="mx-auto max-w-xl px-6 py-20 text-center">
      <h1 className="text-xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("errorBody")}</p>
      {error.digest && (
        <p className="mt-2 text-xs text-slate-500">{t("reference", { digest: error.digest })}</p>
      )}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800"
      >
        {t("retry")}
      </button>
    </main>
  );
}
