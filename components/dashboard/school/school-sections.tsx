// The school dashboard's cards, fed by one getSchoolDashboard result.
import { Link } from "@/components/ui/link";
import { SampleStandardsNote } from "@/components/indicators/sample-standards-note";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { FacilityCheckPanel } from "@/components/facilities/facility-check-panel";
import { VerdictBadge } from "@/components/dashboard/verdict-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { SchoolDashboard } from "@/lib/data/dashboard/get-school-dashboard";
import { facilityItemLabels } from "@/lib/indicators/facility-item-labels";
import { FactList } from "@/components/ui/fact-list";

export function OutdatedFacilityWarning({
  dashboard,
  canEdit,
}: {
  dashboard: SchoolDashboard;
  canEdit: boolean;
}) {
  const t = useTranslations("dashboard");
  const tNav = useTranslations("nav");
  if (!dashboard.isFacilityDataOutdated) return null;
  const { facilitySchoolYear } = dashboard.profile;
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p>
        <span aria-hidden="true">! </span>
        {facilitySchoolYear === null
          ? t("outdatedNone")
          : t("outdated", { year: dashboard.schoolYear, last: facilitySchoolYear })}
      </p>
      {canEdit && (
        <ButtonLink href={`/schools/${dashboard.school.id}/facilities`} variant="secondary" size="sm">
          {tNav("schoolFacilities")}
        </ButtonLink>
      )}
    </div>
  );
}

export function SchoolFacts({ dashboard }: { dashboard: SchoolDashboard }) {
  const t = useTranslations("dashboard");
  const tPlaces = useTranslations("places");
  const tEnums = useTranslations("enums");
  const tNav = useTranslations("nav");
  const format = useFormatter();
  const { school, profile } = dashboard;
  const enrolment =
    profile.enrolmentPreschool + profile.enrolmentPrimary + profile.enrolmentJunior + profile.enrolmentSenior;
  const facts: [string, string][] = [
    [tPlaces("code"), school.code],
    [tPlaces("town"), school.town.name],
    [tPlaces("ownership"), tEnums(`ownership.${school.ownership}`)],
    [t("enrolment"), profile.facilitySchoolYear === null ? "—" : format.number(enrolment)],
    [t("classes"), profile.facilitySchoolYear === null ? "—" : format.number(profile.classes)],
    [t("fullTimeTeachers"), format.number(profile.fullTimeTeachers)],
  ];
  return (
    <Card
      title={t("schoolFacts")}
      actions={
        <span className="flex gap-2">
          <Link href={`/schools/${school.id}/facilities`} className="text-sm text-brand-700 hover:underline">
            {tNav("schoolFacilities")}
          </Link>
          <Link href={`/schools/${school.id}/teachers`} className="text-sm text-brand-700 hover:underline">
            {tNav("schoolTeachers")}
          </Link>
        </span>
      }
    >
      <FactList facts={facts} className="gap-x-6 gap-y-2 text-sm sm:grid-cols-3" />
    </Card>
  );
}

export function SchoolFacilityCheck({ dashboard }: { dashboard: SchoolDashboard }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const { facility } = dashboard.compliance;
  return (
    <Card
      title={t("facility")}
      actions={
        dashboard.profile.facilitySchoolYear !== null && (
          <span className="text-xs text-slate-500">
            {t("facilityYear", { year: dashboard.profile.facilitySchoolYear })}
          </span>
        )
      }
    >
      {dashboard.usesSampleStandards && (
        <div className="mb-3">
          <SampleStandardsNote />
        </div>
      )}
      {facility === null ? (
        <EmptyState title={t("outdatedNone")} />
      ) : (
        <FacilityCheckPanel check={facility} labels={facilityItemLabels(locale)} />
      )}
    </Card>
  );
}

export function SchoolLimitsAndGroup({ dashboard }: { dashboard: SchoolDashboard }) {
  const t = useTranslations("dashboard");
  const tEnums = useTranslations("enums");
  const format = useFormatter();
  const { compliance, groups } = dashboard;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title={t("limits")}>
        {compliance.facility === null ? (
          <p className="text-sm text-slate-600">{t("noFacilityData")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            <li className="flex items-center gap-2">
              <VerdictBadge verdict={compliance.classesOverStandardSize === 0 ? "pass" : "fail"} />
              {t("classesOver", { count: compliance.classesOverStandardSize ?? 0 })}
            </li>
            {compliance.isAboveSizeLimit !== null && (
              <li className="flex items-center gap-2">
                <VerdictBadge verdict={compliance.isAboveSizeLimit ? "fail" : "pass"} />
                {compliance.isAboveSizeLimit ? t("sizeOver") : t("sizeOk")}
              </li>
            )}
            {compliance.isShortOfMusicArtRooms !== null && (
              <li className="flex items-center gap-2">
                <VerdictBadge verdict={compliance.isShortOfMusicArtRooms ? "fail" : "pass"} />
                {compliance.isShortOfMusicArtRooms ? t("musicArtShort") : t("musicArtOk")}
              </li>
            )}
          </ul>
        )}
      </Card>
      <Card title={t("group")}>
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t("groupNone")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {groups.map((group) => (
              <li key={group.name}>
                <span className="font-medium">{group.name}</span>
                <span className="ml-2 text-xs text-slate-500">
                  {tEnums(`groupKind.${group.kind}`)} · {group.isCore ? t("groupCore") : group.coreSchoolName}{" "}
                  · {t("groupJoined", { date: format.dateTime(group.joinedOn, { dateStyle: "medium" }) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
