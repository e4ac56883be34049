import "server-only";
import { cacheLife } from "next/cache";
import { setRequestLocale } from "next-intl/server";
import type { Viewer } from "@/lib/auth/scope";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The arguments every `'use cache: shared'` section takes besides its own: who it is for (a role and scope, never a
 * user), the data version of what it shows (the city's, or one county's: a write makes the next render a new entry)
 * and the reader's locale.
 */
export interface SharedSectionKey {
  viewer: Viewer;
  dataVersion: string;
  locale: Locale;
}

/**
 * Called first in every `'use cache: shared'` section (docs/decisions/0017). The section cannot read cookies, so it
 * names its locale for next-intl; and its entry is kept for days, because the data version in its key, not a
 * timer, is what makes a render outdated.
 */
export function beginSharedSection({ locale }: SharedSectionKey): void {
  cacheLife("days");
  setRequestLocale(locale);
}
