import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ProvinceDashboard, type ProvinceView } from "@/components/dashboard/province/province-dashboard";
import { ExportBriefingButton } from "@/components/reports/export-briefing-button";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { scopeOf, viewerOf } from "@/lib/auth/scope";
import { requirePagePermission } from "@/lib/auth/session";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";
import { localeOrDefault } from "@/lib/i18n/locales";
import { HEADLINE_KEYS } from "@/lib/indicators/dashboard";
import { dashboardFilterSchema, dashboardPeriod } from "@/lib/schemas/dashboard";
import { localized } from "@/lib/utils/localized";
import { pickParams, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function ProvinceDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePagePermission("dashboard:view");
  // Province users only: a city user's scope is their city, and a forged visit here shows the not-found page.
  if (scopeOf(user)?.level !== "province") notFound();
  const params = await searchParams;
  const filter = dashboardFilterSchema.parse(params);
  const { quarter, asOf, choices } = dashboardPeriod(filter, new Date());
  const [names, t, tIndicators, tProvince, locale, format] = await Promise.all([
    getScopeNames(user),
    getTranslations("dashboard"),
    getTranslations("indicators"),
    getTranslations("provinceTargets"),
    getLocale(),
    getFormatter(),
  ]);
  const view: ProvinceView = {
    viewer: viewerOf(user),
    locale: localeOrDefault(locale),
    asOf,
    quarter,
    sort: filter.sort ? { key: filter.sort, direction: filter.dir } : null,
    trendKey: filter.trend ?? HEADLINE_KEYS[0],
    query: pickParams(params, ["period", "sort", "dir", "trend"]),
  };
  return (
    <>
      <PageHeader
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/province/indicators" className={buttonClasses("secondary", "sm")}>
              {tProvince("title")}
            </Link>
            {can(user.role, "briefings:export") && <ExportBriefingButton quarter={quarter} />}
          </div>
        }
        title={t("provinceTitle", { province: localized(names.province!, "name", locale) })}
        description={tIndicators("asOf", {
          date: format.dateTime(asOf, { dateStyle: "long" }),
          quarter: tIndicators("quarter", { ...quarter }),
        })}
      />
      <DashboardFilters
        path="/province"
        quarters={choices}
        quarter={quarter}
        hidden={{ sort: filter.sort, dir: filter.sort && filter.dir, trend: filter.trend }}
      />
      <Suspense fallback={<CardSkeleton lines={12} />}>
        <ProvinceDashboard view={view} />
      </Suspense>
    </>
  );
}
