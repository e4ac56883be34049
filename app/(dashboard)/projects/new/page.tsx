import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/projects/project-form";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listProjectSchools } from "@/lib/data/projects/list-project-choices";
import { ProjectCategory } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("newTitle") };
}

export default async function NewProjectPage() {
  const user = await requirePagePermission("projects:edit");
  const [schools, t, tEnums] = await Promise.all([
    listProjectSchools(user),
    getTranslations("projects"),
    getTranslations("enums"),
  ]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={t("planHint")}
        actions={
          <Link href="/projects" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <ProjectForm
        categories={Object.values(ProjectCategory).map((value) => ({
          value,
          label: tEnums(`projectCategory.${value}`),
        }))}
        schools={schools.map((school) => ({ value: school.id, label: `${school.name}（${school.code}）` }))}
      />
    </>
  );
}
