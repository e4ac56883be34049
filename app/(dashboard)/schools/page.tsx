import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
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
import { countPendingSchoolProposals } from "@/lib/data/school-proposals/list-school-proposals";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { listSchools, SCHOOL_LIST_PAGE_SIZE } from "@/lib/data/schools/list-schools";
import { LocationClass, Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import { SCHOOL_LIST_SORTS, SCHOOL_STATUSES, schoolListQuerySchema } from "@/lib/schemas/schools";
import { localized } from "@/lib/utils/localized";
import { hrefWith, type SearchParams } from "@/lib/utils/search-params";
import { DownloadButton } from "@/components/ui/download-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("title") };
}

export default async function SchoolRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("schools:manage");
  const params = await searchParams;
  const query = schoolListQuerySchema.parse(params);
  const [
    { rows, total },
    counties,
    pendingProposals,
    t,
    tProposals,
    tGroups,
    tEnums,
    tCommon,
    format,
    locale,
  ] = await Promise.all([
    listSchools(user, query),
    listSchoolPlaces(user),
    can(user.role, "schools:review-proposals") ? countPendingSchoolProposals(user) : 0,
    getTranslations("schools"),
    getTranslations("schoolProposals"),
    getTranslations("groups"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const isCitywide = scopeOf(user)?.level === "city";
  // The town filter offers the towns of one county: a county officer's, or the county city staff filter by (a city
  // has hundreds of towns, too many for one list).
  const towns = counties
    .filter((county) => !isCitywide || county.id === query.county)
    .flatMap((county) => county.towns);
  const yesNo = [
    { value: "yes", label: tCommon("yes") },
    { value: "no", label: tCommon("no") },
  ];

  return (
    <ClientMessages route="(dashboard)/schools/page">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            {can(user.role, "schools:review-proposals") && (
              <Link href="/schools/proposals" className="text-sm text-brand-700 hover:underline">
                {tProposals("review")}
                {pendingProposals > 0 && (
                  <span className="ml-1">
                    <Badge tone="warning">{tProposals("pendingCount", { count: pendingProposals })}</Badge>
                  </span>
                )}
              </Link>
            )}
            <DownloadButton
              href={hrefWith("/schools/export", params, { page: undefined })}
              title={t("exportHint")}
              className="text-sm text-brand-700 hover:underline"
            >
              {t("export")}
            </DownloadButton>
            <Link href="/schools/import" className="text-sm text-brand-700 hover:underline">
              {t("import")}
            </Link>
            <ButtonLink href="/schools/new">{t("new")}</ButtonLink>
          </div>
        }
      />
      <FilterBar resetHref="/schools" label={t("filters")}>
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
        {towns.length > 0 && (
          <FilterSelect
            id="town"
            label={t("fields.town")}
            value={query.town}
            allLabel={tCommon("all")}
            options={towns.map((town) => ({ value: town.id, label: town.name }))}
          />
        )}
        <FilterSelect
          id="level"
          label={t("fields.level")}
          value={query.level}
          allLabel={tCommon("all")}
          options={Object.values(SchoolLevel).map((level) => ({
            value: level,
            label: tEnums(`schoolLevel.${level}`),
          }))}
        />
        <FilterSelect
          id="ownership"
          label={t("fields.ownership")}
          value={query.ownership}
          allLabel={tCommon("all")}
          options={Object.values(Ownership).map((value) => ({ value, label: tEnums(`ownership.${value}`) }))}
        />
        <FilterSelect
          id="location"
          label={t("fields.locationClass")}
          value={query.location}
          allLabel={tCommon("all")}
          options={Object.values(LocationClass).map((value) => ({
            value,
            label: tEnums(`locationClass.${value}`),
          }))}
        />
        {(
          [
            ["townSeat", "isTownSeat"],
            ["boarding", "isBoarding"],
          ] as const
        ).map(([id, field]) => (
          <FilterSelect
            key={id}
            id={id}
            label={t(`fields.${field}`)}
            value={query[id]}
            allLabel={tCommon("all")}
            options={yesNo}
          />
        ))}
        <FilterSelect
          id="group"
          label={tGroups("fields.group")}
          value={query.group}
          allLabel={tCommon("all")}
          options={yesNo}
        />
        <FilterSelect
          id="status"
          label={t("fields.status")}
          value={query.status}
          allLabel={tCommon("all")}
          options={SCHOOL_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
        <FilterSelect
          id="sort"
          label={t("sort")}
          value={query.sort}
          options={SCHOOL_LIST_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("fields.code")}</Th>
              <Th>{t("fields.name")}</Th>
              {isCitywide && <Th>{t("fields.county")}</Th>}
              <Th>{t("fields.town")}</Th>
              <Th>{t("fields.level")}</Th>
              <Th>{t("fields.ownership")}</Th>
              <Th>{t("fields.locationClass")}</Th>
              <Th>{t("fields.status")}</Th>
              <Th>{tCommon("actions")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((school) => (
              <tr key={school.id}>
                <Td className="font-mono">{school.code}</Td>
                <Td>
                  <Link href={`/schools/${school.id}`} className="text-brand-700 hover:underline">
                    {school.name}
                  </Link>
                  {school.isTownSeat && (
                    <span className="ml-1">
                      <Badge>{t("townSeat")}</Badge>
                    </span>
                  )}
                  {school.isBoarding && (
                    <span className="ml-1">
                      <Badge>{t("boarding")}</Badge>
                    </span>
                  )}
                </Td>
                {isCitywide && (
                  <Td className="whitespace-nowrap">{localized(school.county, "name", locale)}</Td>
                )}
                <Td className="whitespace-nowrap">{school.town.name}</Td>
                <Td className="whitespace-nowrap">{tEnums(`schoolLevel.${school.level}`)}</Td>
                <Td className="whitespace-nowrap">{tEnums(`ownership.${school.ownership}`)}</Td>
                <Td className="whitespace-nowrap">
                  {tEnums(`locationClass.${school.locationClass}`)}
                  {school.urbanRuralCode && (
                    <span className="ml-1 font-mono text-slate-500">{school.urbanRuralCode}</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  {school.isActive ? (
                    <Badge tone="success">{t("statuses.active")}</Badge>
                  ) : (
                    <Badge tone="neutral">
                      {t("statuses.closed")}
                      {school.closedOn &&
                        ` · ${format.dateTime(school.closedOn, { dateStyle: "medium", timeZone: "UTC" })}`}
                    </Badge>
                  )}
                </Td>
                <Td>
                  <Link href={`/schools/${school.id}/edit`} className="text-brand-700 hover:underline">
                    {tCommon("edit")}
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/schools"
        searchParams={params}
        page={query.page}
        pageSize={SCHOOL_LIST_PAGE_SIZE}
        total={total}
      />
    </ClientMessages>
  );
}
