import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SchoolForm } from "@/components/schools/school-form";
import { schoolFormLabels } from "@/components/schools/school-form-labels";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("newTitle") };
}

export default async function NewSchoolPage() {
  const user = await requirePagePermission("schools:manage");
  const [counties, labels, t] = await Promise.all([
    listSchoolPlaces(user),
    schoolFormLabels(),
    getTranslations("schools"),
  ]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        actions={
          <Link href="/schools" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <SchoolForm counties={counties} labels={labels} />
    </>
  );
}
