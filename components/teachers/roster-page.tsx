import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TeacherRoster } from "@/components/teachers/teacher-roster";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { listTeachers } from "@/lib/data/teachers/list-teachers";
import { isAppError } from "@/lib/errors";
import { teacherListFilterSchema } from "@/lib/schemas/teachers";
import { pageParam, type SearchParams } from "@/lib/utils/search-params";
import { DownloadButton } from "@/components/ui/download-button";

/** The roster page of a school or of a whole county: the same list, filters and actions, one place apart. */
export async function RosterPage({
  user,
  target,
  query,
  canAddHere,
  links,
}: {
  user: SessionUser;
  target: { kind: "school" | "county"; id: number };
  query: SearchParams;
  /** Teachers are added at a school; a county roster adds through its schools or an import */
  canAddHere: boolean;
  links: ReactNode;
}) {
  const filter = teacherListFilterSchema.parse(query);
  const page = pageParam(query);
  const roster = await listTeachers(user, target, { ...filter, page }).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("teachers");
  const path = `/${target.kind === "school" ? "schools" : "counties"}/${target.id}/teachers`;
  return (
    <>
      <PageHeader
        title={`${roster.roster.label} · ${t("title")}`}
        description={t("count", { total: roster.total })}
        actions={
          <>
            {can(user.role, "teachers:edit") && (
              <>
                {canAddHere && <ButtonLink href={`${path}/new`}>{t("add")}</ButtonLink>}
                <ButtonLink href={`${path}/import`} variant="secondary">
                  {t("import")}
                </ButtonLink>
              </>
            )}
            <DownloadButton href={`${path}/export`} className={buttonClasses("secondary")}>
              {t("export")}
            </DownloadButton>
            {links}
          </>
        }
      />
      <TeacherRoster
        path={path}
        searchParams={query}
        filter={filter}
        page={page}
        roster={roster}
        showSchool={target.kind === "county"}
      />
    </>
  );
}
