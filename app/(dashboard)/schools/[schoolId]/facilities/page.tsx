import type { Metadata } from "next";
import { SampleStandardsNote } from "@/components/indicators/sample-standards-note";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FacilityForm } from "@/components/facilities/facility-form";
import { FacilityHistory } from "@/components/facilities/facility-history";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { FacilityEvidenceCard } from "@/components/evidence/facility-evidence-card";
import { listFacilityEvidence } from "@/lib/data/evidence/list-facility-evidence";
import { getFacilityWorkspace } from "@/lib/data/facilities/get-facility-workspace";
import { facilityItemLabels } from "@/lib/indicators/facility-item-labels";
import { NO_RECORD_VERSION } from "@/lib/schemas/common";
import { schoolYearSchema } from "@/lib/schemas/facilities";
import { idParam } from "@/lib/utils/route-params";
import { firstParam } from "@/lib/utils/search-params";
import { businessDay, schoolYearOf } from "@/lib/utils/periods";
import { DownloadButton } from "@/components/ui/download-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("facilities"))("title") };
}

export default async function FacilitiesPage({
  params,
  searchParams,
}: PageProps<"/schools/[schoolId]/facilities">) {
  const user = await requirePagePermission("schools:view");
  const schoolId = idParam((await params).schoolId);
  if (!schoolId) notFound();
  const year = schoolYearSchema.safeParse(firstParam(await searchParams, "year"));
  const schoolYear = year.success ? year.data : schoolYearOf(businessDay(new Date()));
  const [workspace, evidence, t, locale] = await Promise.all([
    getFacilityWorkspace(user, schoolId, schoolYear),
    listFacilityEvidence(user, schoolId, schoolYear),
    getTranslations("facilities"),
    getLocale(),
  ]);
  if (!workspace) notFound();
  const { school } = workspace;
  const itemLabels = facilityItemLabels(locale);
  const years = [
    ...new Set([...workspace.history.map((entry) => entry.schoolYear), workspace.currentSchoolYear]),
  ];

  return (
    <>
      <PageHeader
        title={`${school.name} · ${t("title")}`}
        description={t("description", { year: schoolYear })}
        actions={
          <>
            <DownloadButton
              href={`/schools/${school.id}/facilities/export`}
              className={buttonClasses("secondary")}
            >
              {t("export")}
            </DownloadButton>
            <ButtonLink href={`/schools/${school.id}/teachers`} variant="ghost">
              {t("toRoster")}
            </ButtonLink>
          </>
        }
      />
      {workspace.usesSampleStandards && (
        <div className="mb-3">
          <SampleStandardsNote />
        </div>
      )}
      <nav aria-label={t("yearNav")} className="mb-4 flex flex-wrap gap-2 text-sm">
        {years.map((year) => (
          <Link
            key={year}
            href={`/schools/${school.id}/facilities?year=${year}`}
            aria-current={year === schoolYear ? "page" : undefined}
            className="rounded-md border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium"
          >
            {t("schoolYear", { year })}
          </Link>
        ))}
      </nav>
      {!workspace.canEdit && !workspace.record ? (
        <EmptyState title={t("emptyTitle", { year: schoolYear })}>{t("emptyBody")}</EmptyState>
      ) : (
        <FacilityForm
          key={schoolYear}
          school={school}
          schoolYear={schoolYear}
          version={workspace.record?.version ?? NO_RECORD_VERSION}
          staff={workspace.staff}
          thresholds={workspace.thresholds}
          initial={workspace.prefill?.values ?? null}
          previous={workspace.previous}
          prefilledFrom={workspace.record ? null : (workspace.prefill?.schoolYear ?? null)}
          itemLabels={itemLabels}
          canEdit={workspace.canEdit}
        />
      )}
      {evidence && (workspace.record || workspace.canEdit) && (
        <div className="mt-8">
          <FacilityEvidenceCard evidence={evidence} canEdit={workspace.canEdit} viewerId={user.id} />
        </div>
      )}
      <div className="mt-8">
        <Card title={t("history.title")}>
          {workspace.history.length === 0 ? (
            <p className="text-sm text-slate-600">{t("history.empty")}</p>
          ) : (
            <FacilityHistory schoolId={school.id} history={workspace.history} />
          )}
        </Card>
      </div>
    </>
  );
}
