import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { VisitTable } from "@/components/supervision/visit-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/scope";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { listSupervisionVisits, SUPERVISION_PAGE_SIZE } from "@/lib/data/supervision/list-visits";
import { SUPERVISION_KINDS, supervisionListQuerySchema } from "@/lib/schemas/supervision";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("title") };
}

/** 督导检查: the visits of the user's scope, newest first, by kind and county. */
export default async function SupervisionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("supervision:view");
  const params = await searchParams;
  const query = supervisionListQuerySchema.parse(params);
  const isCitywide = scopeOf(user)?.level === "city";
  const [{ rows, total }, counties, t, tCommon, locale] = await Promise.all([
    listSupervisionVisits(user, query),
    isCitywide && can(user.role, "schools:manage") ? listSchoolPlaces(user) : Promise.resolve([]),
    getTranslations("supervision"),
    getTranslations("common"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={isCitywide ? t("cityDescription") : t("countyDescription")}
        actions={
          can(user.role, "supervision:record") && <ButtonLink href="/supervision/new">{t("new")}</ButtonLink>
        }
      />
      <FilterBar resetHref="/supervision" label={t("filters")}>
        <FilterSelect
          id="kind"
          label={t("fields.kind")}
          value={query.kind}
          allLabel={tCommon("all")}
          options={SUPERVISION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        {counties.length > 0 && (
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
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <VisitTable rows={rows} />
      )}
      <Pagination
        path="/supervision"
        searchParams={params}
        page={query.page}
        pageSize={SUPERVISION_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
