import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeacherRoster } from "@/components/teachers/teacher-roster";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listTeachers } from "@/lib/data/teachers/list-teachers";
import { isAppError } from "@/lib/errors";
import { teacherListFilterSchema } from "@/lib/schemas/teachers";
import { idParam } from "@/lib/utils/route-params";
import { pageParam } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachers"))("title") };
}

export default async function SchoolTeachersPage({
  params,
  searchParams,
}: PageProps<"/schools/[schoolId]/teachers">) {
  const user = await requirePagePermission("teachers:view");
  const schoolId = idParam((await params).schoolId);
  if (!schoolId) notFound();
  const query = await searchParams;
  const filter = teacherListFilterSchema.parse(query);
  const page = pageParam(query);
  const roster = await listTeachers(user, { kind: "school", id: schoolId }, { ...filter, page }).catch(
    (error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const t = await getTranslations("teachers");
  const path = `/schools/${schoolId}/teachers`;
  return (
    <>
      <PageHeader
        title={`${roster.roster.label} · ${t("title")}`}
        description={t("count", { total: roster.total })}
        actions={
          <>
            {can(user.role, "teachers:edit") && (
              <>
                <ButtonLink href={`${path}/new`}>{t("add")}</ButtonLink>
                <ButtonLink href={`${path}/import`} variant="secondary">
                  {t("import")}
                </ButtonLink>
              </>
            )}
            <ButtonLink href={`${path}/export`} variant="secondary">
              {t("export")}
            </ButtonLink>
            <ButtonLink href={`/schools/${schoolId}/facilities`} variant="ghost">
              {t("toFacilities")}
            </ButtonLink>
          </>
        }
      />
      <TeacherRoster
        path={path}
        searchParams={query}
        filter={filter}
        page={page}
        roster={roster}
        showSchool={false}
      />
    </>
  );
}
