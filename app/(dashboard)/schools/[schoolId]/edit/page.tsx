import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SchoolForm } from "@/components/schools/school-form";
import { schoolFormLabels } from "@/components/schools/school-form-labels";
import { SchoolStatusActions } from "@/components/schools/school-status-actions";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolForEdit } from "@/lib/data/schools/get-school-for-edit";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("editTitle") };
}

export default async function EditSchoolPage({ params }: PageProps<"/schools/[schoolId]/edit">) {
  const user = await requirePagePermission("schools:manage");
  const schoolId = idParam((await params).schoolId);
  if (schoolId === null) notFound();
  const [found, counties, labels, t, tEnums, format] = await Promise.all([
    getSchoolForEdit(user, schoolId),
    listSchoolPlaces(user),
    schoolFormLabels(),
    getTranslations("schools"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  if (!found) notFound();
  const { school, mergeTargets } = found;
  // A school stays in its county (updateSchool refuses a move): offer its county's towns only.
  const ownCounty = counties.filter((county) => county.id === school.countyId);
  return (
    <>
      <PageHeader
        title={`${t("editTitle")} · ${school.name}`}
        description={
          school.isActive
            ? t("statuses.active")
            : [
                t("statuses.closed"),
                school.closedOn && format.dateTime(school.closedOn, { dateStyle: "medium", timeZone: "UTC" }),
                school.mergedInto && t("mergedIntoName", { name: school.mergedInto.name }),
              ]
                .filter(Boolean)
                .join(" · ")
        }
        actions={
          <Link href="/schools" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="space-y-6">
        <SchoolForm
          counties={ownCounty}
          labels={labels}
          school={{ ...school, today: isoDay(businessDay(new Date())) }}
        />
        {school.pastStates.length > 0 && (
          <Card title={t("pastStates")}>
            <ul className="space-y-1 text-sm text-slate-700">
              {school.pastStates.map((state) => (
                <li key={state.validUntil.toISOString()}>
                  {t("pastStateUntil", {
                    until: format.dateTime(state.validUntil, { dateStyle: "medium", timeZone: "UTC" }),
                    code: state.urbanRuralCode
                      ? `${state.urbanRuralCode} ${t(`urbanRuralCodes.${state.urbanRuralCode}`)}`
                      : t("noCode"),
                    class: ` · ${tEnums(`locationClass.${state.locationClass}`)}`,
                    townSeat: state.isTownSeat ? ` · ${t("townSeat")}` : "",
                  })}
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Card title={school.isActive ? t("closeTitle") : t("reopenTitle")}>
          <SchoolStatusActions
            schoolId={school.id}
            schoolName={school.name}
            isActive={school.isActive}
            mergeTargets={mergeTargets}
          />
        </Card>
      </div>
    </>
  );
}
