import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import {
  CityHeadlines,
  CityHeatTable,
  CitySubmissions,
  CityTrends,
  type CityView,
} from "@/components/dashboard/city/city-sections";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ExportBriefingButton } from "@/components/reports/export-briefing-button";
import { ProblemProgressCard } from "@/components/problems/problem-progress-card";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { scopeOf, viewerOf } from "@/lib/auth/scope";
import { requireDataVersion, requirePagePermission } from "@/lib/auth/session";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";
import { localeOrDefault } from "@/lib/i18n/locales";
import { HEADLINE_KEYS } from "@/lib/indicators/dashboard";
import { dashboardFilterSchema, dashboardPeriod } from "@/lib/schemas/dashboard";
import { localized } from "@/lib/utils/localized";
import { pickParams, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function CityDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("dashboard:view");
  if (scopeOf(user)?.level !== "city") notFound();
  const params = await searchParams;
  const filter = dashboardFilterSchema.parse(params);
  const { quarter, asOf, choices } = dashboardPeriod(filter, new Date());
  const [dataVersion, names, t, tIndicators, locale, format] = await Promise.all([
    requireDataVersion(),
    getScopeNames(user),
    getTranslations("dashboard"),
    getTranslations("indicators"),
    getLocale(),
    getFormatter(),
  ]);
  const view: CityView = {
    viewer: viewerOf(user),
    dataVersion,
    locale: localeOrDefault(locale),
    asOf,
    quarter,
    peerGroup: filter.group,
    normalisation: filter.per,
    peerScheme: filter.peers,
    sort: filter.sort ? { key: filter.sort, direction: filter.dir } : null,
    trendKey: filter.trend ?? HEADLINE_KEYS[0],
    query: pickParams(params, ["period", "group", "per", "peers", "sort", "dir", "trend"]),
  };
  return (
    <>
      <PageHeader
        actions={can(user.role, "briefings:export") && <ExportBriefingButton quarter={quarter} />}
        title={t("cityTitle", { city: localized(names.city, "name", locale) })}
        description={tIndicators("asOf", {
          date: format.dateTime(asOf, { dateStyle: "long" }),
          quarter: tIndicators("quarter", { ...quarter }),
        })}
      />
      <DashboardFilters
        path="/city"
        quarters={choices}
        quarter={quarter}
        peerGroup={filter.group}
        fair={{ normalisation: filter.per, scheme: filter.peers }}
        hidden={{ sort: filter.sort, dir: filter.sort && filter.dir, trend: filter.trend }}
      />
      <div className="space-y-6">
        <section aria-label={t("headlines")}>
          <Suspense fallback={<CardSkeleton lines={6} />}>
            <CityHeadlines view={view} />
          </Suspense>
        </section>
        <Suspense fallback={<CardSkeleton lines={2} />}>
          <CitySubmissions view={view} />
        </Suspense>
        {can(user.role, "problems:view") && (
          <Suspense fallback={<CardSkeleton lines={4} />}>
            <ProblemProgressCard user={user} />
          </Suspense>
        )}
        <Suspense fallback={<CardSkeleton lines={8} />}>
          <CityTrends view={view} />
        </Suspense>
        <Suspense fallback={<CardSkeleton lines={10} />}>
          <CityHeatTable view={view} />
        </Suspense>
      </div>
    </>
  );
}
