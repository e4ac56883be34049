import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import {
  CountyBalance,
  CountyHeadlines,
  CountyProjects,
  CountySchools,
  type CountyView,
} from "@/components/dashboard/county/county-sections";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { TeacherStructureCard } from "@/components/dashboard/teacher-structure-card";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { FacilityWorklistCard } from "@/components/facilities/facility-worklist";
import { ExportBriefingButton } from "@/components/reports/export-briefing-button";
import { ProblemProgressCard } from "@/components/problems/problem-progress-card";
import { CustomItemsCard } from "@/components/collections/custom-item-figures";
import { LandingWorkItems } from "@/components/dashboard/work-items-panel";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { scopeOf, viewerOf } from "@/lib/auth/scope";
import { requireDataVersion, requireCityPagePermission } from "@/lib/auth/session";
import { getCountyInScope } from "@/lib/data/geography/get-places";
import { localeOrDefault } from "@/lib/i18n/locales";
import { dashboardFilterSchema, dashboardPeriod, schoolTableQuerySchema } from "@/lib/schemas/dashboard";
import { localized } from "@/lib/utils/localized";
import { businessDay, quarterKey } from "@/lib/utils/periods";
import { idParam } from "@/lib/utils/route-params";
import { pickParams, type SearchParams } from "@/lib/utils/search-params";

type Props = { params: Promise<{ countyId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function CountyDashboardPage({ params, searchParams }: Props) {
  const user = await requireCityPagePermission("dashboard:view");
  const countyId = idParam((await params).countyId);
  const county = countyId ? await getCountyInScope(user, countyId) : null;
  if (!county) notFound();
  const query = await searchParams;
  const filter = dashboardFilterSchema.parse(query);
  const table = schoolTableQuerySchema.parse(query);
  const { quarter, asOf, choices } = dashboardPeriod(filter, new Date());
  const [dataVersion, t, tIndicators, locale, format] = await Promise.all([
    requireDataVersion(county.id),
    getTranslations("dashboard"),
    getTranslations("indicators"),
    getLocale(),
    getFormatter(),
  ]);
  const shared = { viewer: viewerOf(user), dataVersion, locale: localeOrDefault(locale) };
  const view: CountyView = {
    ...shared,
    countyId: county.id,
    asOf,
    quarter,
    table,
    query: pickParams(query, ["period", ...Object.keys(schoolTableQuerySchema.shape)]),
  };
  return (
    <>
      <Breadcrumbs
        items={[
          {
            label: localized(county.city, "name", locale),
            href: scopeOf(user)?.level === "city" ? `/city?period=${quarterKey(quarter)}` : undefined,
          },
          { label: localized(county, "name", locale) },
        ]}
      />
      <PageHeader
        actions={
          can(user.role, "briefings:export") && (
            <ExportBriefingButton quarter={quarter} countyId={county.id} />
          )
        }
        title={t("countyTitle", { county: localized(county, "name", locale) })}
        description={tIndicators("asOf", {
          date: format.dateTime(asOf, { dateStyle: "long" }),
          quarter: tIndicators("quarter", { ...quarter }),
        })}
      />
      <LandingWorkItems user={user} path={`/counties/${county.id}`} />
      <DashboardFilters
        path={`/counties/${county.id}`}
        quarters={choices}
        quarter={quarter}
        hidden={{
          q: table.q,
          town: table.town?.toString(),
          level: table.level,
          location: table.location,
          sort: table.sort,
        }}
      />
      <div className="space-y-6">
        {scopeOf(user)?.level === "county" && can(user.role, "facilities:edit") && (
          <Suspense fallback={<CardSkeleton lines={2} />}>
            <FacilityWorklistCard
              view={{ ...shared, countyId: county.id, day: businessDay(new Date()).toISOString() }}
            />
          </Suspense>
        )}
        <section aria-label={t("headlines")}>
          <Suspense fallback={<CardSkeleton lines={6} />}>
            <CountyHeadlines view={view} />
          </Suspense>
        </section>
        <Suspense fallback={<CardSkeleton lines={10} />}>
          <CountySchools view={view} />
        </Suspense>
        <Suspense fallback={<CardSkeleton lines={8} />}>
          <CountyBalance view={view} />
        </Suspense>
        <Suspense fallback={<CardSkeleton lines={8} />}>
          <TeacherStructureCard view={{ ...shared, place: { countyId: county.id }, asOf }} />
        </Suspense>
        <Suspense fallback={<CardSkeleton lines={4} />}>
          <CountyProjects view={view} />
        </Suspense>
        {can(user.role, "problems:view") && (
          <Suspense fallback={<CardSkeleton lines={2} />}>
            <ProblemProgressCard
              view={{ ...shared, countyId: county.id, day: businessDay(new Date()).toISOString() }}
            />
          </Suspense>
        )}
        {can(user.role, "submissions:view") && (
          <Suspense fallback={<CardSkeleton lines={4} />}>
            <CustomItemsCard user={user} countyId={county.id} />
          </Suspense>
        )}
      </div>
    </>
  );
}
