import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeacherForm } from "@/components/teachers/teacher-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolWithPlace } from "@/lib/data/geography/get-places";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachers"))("add") };
}

export default async function NewTeacherPage({ params }: PageProps<"/schools/[schoolId]/teachers/new">) {
  const user = await requirePagePermission("teachers:edit");
  const schoolId = idParam((await params).schoolId);
  const school = schoolId ? await getSchoolWithPlace(user, schoolId) : null;
  if (!school) notFound();
  const t = await getTranslations("teachers");
  return (
    <>
      <PageHeader
        title={`${school.name} · ${t("add")}`}
        actions={
          <Link href={`/schools/${school.id}/teachers`} className="text-sm text-brand-700 hover:underline">
            {t("backToRoster")}
          </Link>
        }
      />
      <Card>
        <TeacherForm schoolId={school.id} />
      </Card>
    </>
  );
}
