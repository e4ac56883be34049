import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { WorklistAddForm, WorklistForms } from "@/components/groups/worklist-add-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listGroupCounties } from "@/lib/data/groups/list-group-counties";
import { GROUP_WORKLIST_PAGE_SIZE, listGroupWorklist } from "@/lib/data/groups/list-group-worklist";
import { groupWorklistQuerySchema } from "@/lib/schemas/groups";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("worklistTitle") };
}

export default async function GroupWorklistPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("groups:manage");
  const params = await searchParams;
  const query = groupWorklistQuerySchema.parse(params);
  const [{ rows, total, groups }, counties, t, tEnums, tCommon, format, locale] = await Promise.all([
    listGroupWorklist(user, query),
    listGroupCounties(user),
    getTranslations("groups"),
    getTranslations("enums"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const isMultiCounty = counties.length > 1;
  const today = isoDay(businessDay(new Date()));

  return (
    <>
      <PageHeader
        title={t("worklistTitle")}
        description={t("worklistDescription")}
        actions={
          <Link href="/groups" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <FilterBar resetHref="/groups/worklist" label={t("worklistFilters")}>
        <FilterInput id="q" label={tCommon("search")} value={query.q} placeholder={t("worklistSearch")} />
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
      </FilterBar>
      <WorklistForms>
        {rows.length === 0 ? (
          <EmptyState title={t("worklistEmptyTitle")}>{t("worklistEmptyBody")}</EmptyState>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">
              {t("worklistCount", { count: format.number(total) })}
            </p>
            <Table caption={t("worklistTitle")}>
              <thead>
                <tr>
                  {/* On a phone the code, town and level make way for the name and the form. */}
                  <Th className="hidden sm:table-cell">{t("fields.schoolCode")}</Th>
                  <Th>{t("fields.school")}</Th>
                  {isMultiCounty && <Th>{t("fields.county")}</Th>}
                  <Th className="hidden sm:table-cell">{t("fields.town")}</Th>
                  <Th className="hidden sm:table-cell">{t("fields.level")}</Th>
                  <Th>{t("fields.locationClass")}</Th>
                  <Th>{t("addToGroup")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((school) => {
                  const open = groups.filter((group) => group.countyId === school.countyId);
                  return (
                    <tr key={school.id}>
                      <Td className="hidden font-mono sm:table-cell">{school.code}</Td>
                      <Td className="min-w-32">{school.name}</Td>
                      {isMultiCounty && (
                        <Td className="whitespace-nowrap">{localized(school.county, "name", locale)}</Td>
                      )}
                      <Td className="hidden whitespace-nowrap sm:table-cell">{school.town.name}</Td>
                      <Td className="hidden whitespace-nowrap sm:table-cell">
                        {tEnums(`schoolLevel.${school.level}`)}
                      </Td>
                      <Td className="whitespace-nowrap">{tEnums(`locationClass.${school.locationClass}`)}</Td>
                      <Td>
                        {open.length === 0 ? (
                          <span className="text-sm text-slate-500">{t("noOpenGroup")}</span>
                        ) : (
                          <WorklistAddForm schoolId={school.id} groups={open} today={today} />
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </>
        )}
      </WorklistForms>
      <Pagination
        path="/groups/worklist"
        searchParams={params}
        page={query.page}
        pageSize={GROUP_WORKLIST_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
