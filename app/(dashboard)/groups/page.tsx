import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { groupKindOptions } from "@/components/groups/group-kind-options";
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
import { listGroupCounties } from "@/lib/data/groups/list-group-counties";
import { GROUP_LIST_PAGE_SIZE, listGroups } from "@/lib/data/groups/list-groups";
import { GROUP_LIST_SORTS, GROUP_STATUSES, groupListQuerySchema } from "@/lib/schemas/groups";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("title") };
}

export default async function GroupListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("groups:view");
  const params = await searchParams;
  const query = groupListQuerySchema.parse(params);
  const [{ rows, total }, counties, kinds, t, tEnums, tCommon, format, locale] = await Promise.all([
    listGroups(user, query),
    listGroupCounties(user),
    groupKindOptions(),
    getTranslations("groups"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const canManage = can(user.role, "groups:manage");
  const isMultiCounty = counties.length > 1;
  const day = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canManage && (
            <span className="flex gap-2">
              <ButtonLink href="/groups/worklist" variant="secondary">
                {t("worklistTitle")}
              </ButtonLink>
              <ButtonLink href="/groups/new">{t("new")}</ButtonLink>
            </span>
          )
        }
      />
      <FilterBar resetHref="/groups" label={t("filters")}>
        <FilterInput id="q" label={tCommon("search")} value={query.q} placeholder={t("searchPlaceholder")} />
        {isMultiCounty && (
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
          id="kind"
          label={t("fields.kind")}
          value={query.kind}
          allLabel={tCommon("all")}
          options={kinds}
        />
        <FilterSelect
          id="status"
          label={t("fields.status")}
          value={query.status}
          allLabel={tCommon("all")}
          options={GROUP_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        />
        <FilterSelect
          id="sort"
          label={t("sort")}
          value={query.sort}
          options={GROUP_LIST_SORTS.map((sort) => ({ value: sort, label: t(`sorts.${sort}`) }))}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("fields.name")}</Th>
              {isMultiCounty && <Th>{t("fields.county")}</Th>}
              <Th>{t("fields.kind")}</Th>
              <Th>{t("fields.coreSchool")}</Th>
              <Th className="text-right">{t("fields.currentMembers")}</Th>
              <Th>{t("fields.foundedOn")}</Th>
              <Th>{t("fields.status")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((group) => (
              <tr key={group.id}>
                <Td>
                  <Link href={`/groups/${group.id}`} className="text-brand-700 hover:underline">
                    {group.name}
                  </Link>
                </Td>
                {isMultiCounty && (
                  <Td className="whitespace-nowrap">{localized(group.county, "name", locale)}</Td>
                )}
                <Td className="whitespace-nowrap">
                  {tEnums(`groupKind.${group.kind}`)}
                  {group.isUrbanRural && (
                    <span className="ml-1">
                      <Badge tone="info">{t("fields.countsForCoverage")}</Badge>
                    </span>
                  )}
                </Td>
                <Td>{group.coreSchool.name}</Td>
                <Td className="text-right tabular-nums">{format.number(group.currentMembers)}</Td>
                <Td className="whitespace-nowrap">{day(group.foundedOn)}</Td>
                <Td className="whitespace-nowrap">
                  {group.dissolvedOn ? (
                    <Badge tone="neutral">
                      {t("statuses.dissolved")} · {day(group.dissolvedOn)}
                    </Badge>
                  ) : (
                    <Badge tone="success">{t("statuses.active")}</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/groups"
        searchParams={params}
        page={query.page}
        pageSize={GROUP_LIST_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
