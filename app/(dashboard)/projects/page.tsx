import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/scope";
import { listProjectCounties } from "@/lib/data/projects/list-project-choices";
import { listProjects, PROJECT_LIST_PAGE_SIZE } from "@/lib/data/projects/list-projects";
import { ProjectCategory } from "@/lib/generated/prisma/enums";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import { PROJECT_LIST_SORTS, projectListQuerySchema } from "@/lib/schemas/projects";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";
import { PROJECT_STATUSES } from "@/lib/workflows/projects";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("title") };
}

/** A county officer's projects, or every county's for city staff (county filter); overdue ones flagged. */
export default async function ProjectListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("projects:view");
  const params = await searchParams;
  const query = projectListQuerySchema.parse(params);
  const [{ rows, total, overdue }, counties, t, tEnums, tCommon, format, locale] = await Promise.all([
    listProjects(user, query),
    listProjectCounties(user),
    getTranslations("projects"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const isCitywide = scopeOf(user)?.level === "city";
  const canEdit = can(user.role, "projects:edit");
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const wan = (yuan: number) => formatIndicatorNumber(yuan / 10_000, "DECIMAL", locale);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canEdit && <ButtonLink href="/projects/new">{t("new")}</ButtonLink>}
      />
      <FilterBar resetHref="/projects" label={t("filters")}>
        <FilterInput id="q" label={tCommon("search")} value={query.q} placeholder={t("searchPlaceholder")} />
        {isCitywide && (
          <FilterSelect
            id="county"
            label={t("fields.county")}
            value={query.county}
            allLabel={tCommon("all")}
            options={counties.map((county) => ({
              value: county.id,
              label: localized(county, "name", locale),
            }))}
          />
        )}
        <FilterSelect
          id="category"
          label={t("fields.category")}
          value={query.category}
          allLabel={tCommon("all")}
          options={Object.values(ProjectCategory).map((value) => ({
            value,
            label: tEnums(`projectCategory.${value}`),
          }))}
        />
        <FilterSelect
          id="status"
          label={t("fields.status")}
          value={query.status}
          allLabel={tCommon("all")}
          options={PROJECT_STATUSES.map((value) => ({ value, label: tEnums(`projectStatus.${value}`) }))}
        />
        <FilterSelect
          id="overdue"
          label={t("overdueOnly")}
          value={query.overdue}
          allLabel={tCommon("all")}
          options={[{ value: "yes", label: t("overdueYes") }]}
        />
        <FilterSelect
          id="sort"
          label={t("sort")}
          value={query.sort}
          options={PROJECT_LIST_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{canEdit ? t("emptyBody") : t("emptyBodyCity")}</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("overdueCount", { total, overdue })}</p>
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("fields.name")}</Th>
                {isCitywide && <Th>{t("fields.county")}</Th>}
                <Th>{t("fields.category")}</Th>
                <Th>{t("fields.status")}</Th>
                <Th className="text-right">{t("fields.progress")}</Th>
                <Th className="text-right">{t("budgetWan")}</Th>
                <Th className="text-right">{t("spentWan")}</Th>
                <Th>{t("fields.plannedFinish")}</Th>
                <Th>{t("fields.overdue")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((project) => (
                <tr key={project.id}>
                  <Td>
                    <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline">
                      {project.name}
                    </Link>
                    {project.school && <div className="text-xs text-slate-500">{project.school.name}</div>}
                  </Td>
                  {isCitywide && (
                    <Td className="whitespace-nowrap">{localized(project.county, "name", locale)}</Td>
                  )}
                  <Td className="whitespace-nowrap">{tEnums(`projectCategory.${project.category}`)}</Td>
                  <Td className="whitespace-nowrap">{tEnums(`projectStatus.${project.status}`)}</Td>
                  <Td className="text-right tabular-nums">{project.progress}</Td>
                  <Td className="text-right tabular-nums">{wan(project.budget)}</Td>
                  <Td className="text-right tabular-nums">
                    {wan(project.spent)}
                    {project.isOverBudget && (
                      <span className="ml-1">
                        <Badge tone="danger">{t("overBudget")}</Badge>
                      </span>
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">{day(project.plannedFinish)}</Td>
                  <Td className="whitespace-nowrap">
                    {project.isOverdue && <Badge tone="warning">{t("overdue")}</Badge>}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
      <Pagination
        path="/projects"
        searchParams={params}
        page={query.page}
        pageSize={PROJECT_LIST_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
