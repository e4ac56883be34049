import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CustomItemsCard } from "@/components/collections/custom-item-figures";
import {
  CityHeadlines,
  CityHeatTable,
  CityMap,
  CitySubmissions,
  CityTrends,
  type CityView,
} from "@/components/dashboard/city/city-sections";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { ExportBriefingButton } from "@/components/reports/export-briefing-button";
import { ProblemProgressCard } from "@/components/problems/problem-progress-card";
import { LandingWorkItems } from "@/components/dashboard/work-items-panel";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { isProvinceRole, ownCityId, scopeOf, viewerOf } from "@/lib/auth/scope";
import { requireDataVersion, requirePagePermission } from "@/lib/auth/session";
import { getCityView } from "@/lib/data/geography/get-city-view";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";
import { dataVersionOf } from "@/lib/data/indicators/data-version";
import { localeOrDefault } from "@/lib/i18n/locales";
import { HEADLINE_KEYS } from "@/lib/indicators/dashboard";
import { dashboardFilterSchema, dashboardPeriod } from "@/lib/schemas/dashboard";
import { localized } from "@/lib/utils/localized";
import { businessDay } from "@/lib/utils/periods";
import { pickParams, type SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function CityDashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sessionUser = await requirePagePermission("dashboard:view");
  const params = await searchParams;
  const filter = dashboardFilterSchema.parse(params);
  // A province user opens a city of their province by its code (read-only); a city user only their own city.
  const user = await getCityView(sessionUser, filter.city);
  if (!user || scopeOf(user)?.level !== "city") notFound();
  const isProvinceView = isProvinceRole(user.role);
  const { quarter, asOf, choices } = dashboardPeriod(filter, new Date());
  const [dataVersion, names, t, tIndicators, locale, format] = await Promise.all([
    isProvinceView ? dataVersionOf({ cityId: ownCityId(user), countyId: null }) : requireDataVersion(),
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
    mapKey: filter.map ?? HEADLINE_KEYS[0],
    mapMode: filter.mapBy,
    query: pickParams(params, [
      "city",
      "period",
      "group",
      "per",
      "peers",
      "sort",
      "dir",
      "trend",
      "map",
      "mapBy",
    ]),
  };
  const cityName = localized(names.city!, "name", locale);
  return (
    <>
      {isProvinceView && names.province && (
        <Breadcrumbs
          items={[
            { label: localized(names.province, "name", locale), href: "/province" },
            { label: cityName },
          ]}
        />
      )}
      <PageHeader
        actions={
          can(user.role, "briefings:export") && !isProvinceView && <ExportBriefingButton quarter={quarter} />
        }
        title={t("cityTitle", { city: cityName })}
        description={tIndicators("asOf", {
          date: format.dateTime(asOf, { dateStyle: "long" }),
          quarter: tIndicators("quarter", { ...quarter }),
        })}
      />
      <LandingWorkItems user={user} path="/city" />
      <DashboardFilters
        path="/city"
        quarters={choices}
        quarter={quarter}
        peerGroup={filter.group}
        fair={{ normalisation: filter.per, scheme: filter.peers }}
        hidden={{
          city: filter.city,
          sort: filter.sort,
          dir: filter.sort && filter.dir,
          trend: filter.trend,
          map: filter.map,
          mapBy: filter.mapBy === "status" ? undefined : filter.mapBy,
        }}
      />
      <div className="space-y-6">
        <section aria-label={t("headlines")}>
          <Suspense fallback={<CardSkeleton lines={6} />}>
            <CityHeadlines view={view} />
          </Suspense>
        </section>
        {can(user.role, "submissions:view") && (
          <Suspense fallback={<CardSkeleton lines={2} />}>
            <CitySubmissions view={view} />
          </Suspense>
        )}
        {can(user.role, "problems:view") && (
          <Suspense fallback={<CardSkeleton lines={4} />}>
            <ProblemProgressCard
              view={{
                viewer: view.viewer,
                dataVersion,
                locale: view.locale,
                countyId: null,
                day: businessDay(new Date()).toISOString(),
              }}
            />
          </Suspense>
        )}
        {can(user.role, "submissions:view") && !isProvinceView && (
          <Suspense fallback={<CardSkeleton lines={4} />}>
            <CustomItemsCard user={user} />
          </Suspense>
        )}
        <Suspense fallback={<CardSkeleton lines={8} />}>
          <CityMap view={view} />
        </Suspense>
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
