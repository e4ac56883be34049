import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProblemForm } from "@/components/problems/problem-form";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { localized } from "@/lib/utils/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("problems"))("newTitle") };
}

export default async function NewProblemPage() {
  const user = await requirePagePermission("problems:create");
  const [counties, t, locale] = await Promise.all([
    listSchoolPlaces(user),
    getTranslations("problems"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        actions={
          <Link href="/problems" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <ProblemForm
        counties={counties.map((county) => ({ id: county.id, name: localized(county, "name", locale) }))}
      />
    </>
  );
}
