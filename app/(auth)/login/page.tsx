import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoSignInButton } from "@/components/auth/sso-sign-in-button";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { safeCallbackPath, siteOrigin } from "@/lib/auth/callback-url";
import { landingPathFor } from "@/lib/auth/landing";
import { OIDC_PROVIDER_ID, oidcSettings } from "@/lib/auth/oidc";
import { getSessionUser } from "@/lib/auth/session";
import { signInErrorFrom } from "@/lib/auth/sign-in-errors";
import { firstParam, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

/** Only same-site paths may be continued to after signing in (lib/auth/callback-url.ts). */
const safeCallback = (value: string | undefined) => safeCallbackPath(value, siteOrigin());

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await getSessionUser();
  if (user) redirect(safeCallback(firstParam(params, "callbackUrl")) ?? landingPathFor(user));
  const [t, tApp] = await Promise.all([getTranslations("auth"), getTranslations("app")]);
  const initialError =
    firstParam(params, "reason") === "expired" ? "expired" : signInErrorFrom(firstParam(params, "error"));
  const oidc = oidcSettings();
  const callbackUrl = safeCallback(firstParam(params, "callbackUrl")) ?? "/";

  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <div className="absolute top-4 right-4">
        <LocaleSwitcher />
      </div>
      <main id="main" className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-lg font-semibold text-brand-800">{tApp("name")}</p>
          <p className="mt-1 text-sm text-slate-500">{tApp("tagline")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="mb-5 text-sm text-slate-500">{t("subtitle")}</p>
          <LoginForm callbackUrl={callbackUrl} initialError={initialError} />
          {oidc && (
            <>
              <p className="my-4 text-center text-xs text-slate-400">{t("or")}</p>
              <SsoSignInButton
                providerId={OIDC_PROVIDER_ID}
                providerName={oidc.displayName}
                callbackUrl={callbackUrl}
              />
            </>
          )}
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{t("footer")}</p>
      </main>
    </div>
  );
}
