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

export default async function CountyTeachersPage({
  params,
  searchParams,
}: PageProps<"/counties/[countyId]/teachers">) {
  const user = await requirePagePermission("teachers:view");
  const countyId = idParam((await params).countyId);
  if (!countyId) notFound();
  const query = await searchParams;
  const filter = teacherListFilterSchema.parse(query);
  const page = pageParam(query);
  const roster = await listTeachers(user, { kind: "county", id: countyId }, { ...filter, page }).catch(
    (error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const t = await getTranslations("teachers");
  const path = `/counties/${countyId}/teachers`;
  return (
    <>
      <PageHeader
        title={`${roster.roster.label} · ${t("title")}`}
        description={t("count", { total: roster.total })}
        actions={
          <>
            {can(user.role, "teachers:edit") && (
              <>
                <ButtonLink href={`${path}/import`} variant="secondary">
                  {t("import")}
                </ButtonLink>
              </>
            )}
            <ButtonLink href={`${path}/export`} variant="secondary">
              {t("export")}
            </ButtonLink>
            <ButtonLink href={`/counties/${countyId}/facilities/export`} variant="ghost">
              {t("exportFacilities")}
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
        showSchool
      />
    </>
  );
}
