"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useFormStatus } from "react-dom";

/**
 * While the file uploads and is validated and written: an indeterminate bar with the file's size and the time
 * spent (a server action reports no byte-level progress; a 10,000-row file takes a few seconds).
 */
export function ImportProgress({ fileSize }: { fileSize: number }) {
  const { pending } = useFormStatus();
  const t = useTranslations("imports");
  const format = useFormatter();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => {
      clearInterval(timer);
      setSeconds(0);
    };
  }, [pending]);
  if (!pending) return null;
  return (
    <div role="status" className="space-y-1 text-sm text-slate-700">
      <progress className="h-2 w-full max-w-md" aria-label={t("progressLabel")} />
      <p>
        {t("progress", {
          size: format.number(fileSize / 1024 / 1024, { maximumFractionDigits: 1 }),
          seconds,
        })}
      </p>
    </div>
  );
}
