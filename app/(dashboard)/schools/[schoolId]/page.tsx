import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import {
  OutdatedFacilityWarning,
  SchoolFacilityCheck,
  SchoolFacts,
  SchoolLimitsAndGroup,
} from "@/components/dashboard/school/school-sections";
import { TeacherStructureCard } from "@/components/dashboard/teacher-structure-card";
import { SchoolSupervisionCard } from "@/components/supervision/school-supervision-card";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LandingWorkItems } from "@/components/dashboard/work-items-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/components/ui/link";
import { CardSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { scopeOf, viewerOf } from "@/lib/auth/scope";
import { requireDataVersion, requireCityPagePermission } from "@/lib/auth/session";
import { getSchoolDashboard } from "@/lib/data/dashboard/get-school-dashboard";
import { localeOrDefault } from "@/lib/i18n/locales";
import { localized } from "@/lib/utils/localized";
import { businessDay } from "@/lib/utils/periods";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("overview") };
}

export default async function SchoolDashboardPage({ params }: PageProps<"/schools/[schoolId]">) {
  const user = await requireCityPagePermission("dashboard:view");
  const schoolId = idParam((await params).schoolId);
  const asOf = businessDay(new Date());
  const dashboard = schoolId ? await getSchoolDashboard(user, schoolId, asOf) : null;
  if (!dashboard) notFound();
  const [dataVersion, tEnums, tPlaces, tProposals, locale] = await Promise.all([
    requireDataVersion(dashboard.school.county.id),
    getTranslations("enums"),
    getTranslations("places"),
    getTranslations("schoolProposals"),
    getLocale(),
  ]);
  const { school } = dashboard;
  const level = scopeOf(user)?.level;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: localized(school.city, "name", locale), href: level === "city" ? "/city" : undefined },
          {
            label: localized(school.county, "name", locale),
            href: level === "city" || level === "county" ? `/counties/${school.county.id}` : undefined,
          },
          { label: school.town.name },
          { label: school.name },
        ]}
      />
      <PageHeader
        title={school.name}
        description={[
          tEnums(`schoolLevel.${school.level}`),
          tEnums(`locationClass.${school.locationClass}`),
          school.isTownSeat ? tPlaces("townSeat") : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          can(user.role, "schools:propose") && (
            <Link
              href={`/schools/${school.id}/correction`}
              className="text-sm text-brand-700 hover:underline"
            >
              {tProposals("propose")}
            </Link>
          )
        }
      />
      <LandingWorkItems user={user} path={`/schools/${school.id}`} />
      <OutdatedFacilityWarning dashboard={dashboard} canEdit={can(user.role, "facilities:edit")} />
      <div className="space-y-6">
        <SchoolFacts dashboard={dashboard} />
        <SchoolFacilityCheck dashboard={dashboard} />
        <SchoolLimitsAndGroup dashboard={dashboard} />
        <Suspense fallback={<CardSkeleton lines={8} />}>
          <TeacherStructureCard
            view={{
              viewer: viewerOf(user),
              dataVersion,
              locale: localeOrDefault(locale),
              place: { schoolId: school.id },
              asOf,
            }}
          />
        </Suspense>
        <Suspense fallback={<CardSkeleton lines={4} />}>
          <SchoolSupervisionCard user={user} schoolId={school.id} />
        </Suspense>
      </div>
    </>
  );
}
