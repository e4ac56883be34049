"use client";

import { useLinkStatus } from "next/link";
import { useTranslations } from "next-intl";

/**
 * While its link's page is on the way, a bar across the top of the window (and "加载中…" for screen readers):
 * pages render per user on the server, and a click that shows nothing for a second reads as a dead click. The bar
 * fades in after a moment, so a fast navigation does not flash.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  const t = useTranslations("common");
  if (!pending) return null;
  return (
    <span role="status" className="link-pending fixed inset-x-0 top-0 z-50 h-1 bg-brand-600">
      <span className="sr-only">{t("loading")}</span>
    </span>
  );
}
