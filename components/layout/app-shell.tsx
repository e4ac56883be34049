import { localized } from "@/lib/utils/localized";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session";
import type { ScopeNames } from "@/lib/data/geography/get-scope-names";
import { NotificationBell } from "@/components/inbox/notification-bell";
import { LocaleSwitcher } from "./locale-switcher";
import { navItemsFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** Header, navigation by role (display only) and the page. */
export async function AppShell({
  user,
  scope,
  unread,
  children,
}: {
  user: SessionUser;
  scope: ScopeNames;
  /** The user's unread messages (the bell) */
  unread: number;
  children: ReactNode;
}) {
  const [t, tApp, tRoles, locale] = await Promise.all([
    getTranslations("nav"),
    getTranslations("app"),
    getTranslations("roles"),
    getLocale(),
  ]);
  // getScopeNames guarantees a city or a province.
  const place =
    scope.school?.name ?? localized((scope.county ?? scope.city ?? scope.province)!, "name", locale);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        data-print="hide"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {tApp("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white" data-print="hide">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-800">
            {tApp("name")}
          </Link>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-slate-600">
              <span className="sr-only">{t("signedInAs")}: </span>
              <span className="font-medium text-slate-900">{user.displayName}</span>
              <span className="mx-1 text-slate-400">·</span>
              {tRoles(user.role)}
              <span className="mx-1 text-slate-400">·</span>
              <span>{place}</span>
            </span>
            <NotificationBell unread={unread} />
            <Link
              href="/account/password"
              className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            >
              {t("account")}
            </Link>
            <LocaleSwitcher />
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-screen-2xl flex-col gap-6 px-4 py-6 lg:flex-row">
        <nav aria-label={t("label")} className="lg:w-48 lg:shrink-0" data-print="hide">
          <NavLinks items={navItemsFor(user)} />
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
