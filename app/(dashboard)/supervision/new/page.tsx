import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { VisitForm } from "@/components/supervision/visit-form";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { listInspectorCandidates } from "@/lib/data/supervision/list-visits";
import { localized } from "@/lib/utils/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("newTitle") };
}

export default async function NewSupervisionVisitPage() {
  const user = await requirePagePermission("supervision:record");
  const [counties, inspectors, t, locale] = await Promise.all([
    listSchoolPlaces(user),
    listInspectorCandidates(user),
    getTranslations("supervision"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        actions={
          <Link href="/supervision" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <VisitForm
        counties={counties.map((county) => ({ id: county.id, name: localized(county, "name", locale) }))}
        inspectors={inspectors.map((inspector) => ({ id: inspector.id, name: inspector.displayName }))}
      />
    </>
  );
}
