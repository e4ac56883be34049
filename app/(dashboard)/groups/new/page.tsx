import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { GroupForm } from "@/components/groups/group-form";
import { groupKindOptions } from "@/components/groups/group-kind-options";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listGroupCounties } from "@/lib/data/groups/list-group-counties";
import { listGroupSchools } from "@/lib/data/groups/list-group-schools";
import { groupCountyQuerySchema } from "@/lib/schemas/groups";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("newTitle") };
}

export default async function NewGroupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("groups:manage");
  const query = groupCountyQuerySchema.parse(await searchParams);
  const [counties, kinds, t, locale] = await Promise.all([
    listGroupCounties(user),
    groupKindOptions(),
    getTranslations("groups"),
    getLocale(),
  ]);
  // A county officer founds groups in its county; city staff choose the county first, so that the core-school
  // list is one county's schools, not the whole city's.
  const countyId = counties.length === 1 ? counties[0]!.id : query.county;
  const county = countyId ? await listGroupSchools(user, countyId) : null;
  return (
    <>
      <PageHeader
        title={county ? `${t("newTitle")} · ${localized(county, "name", locale)}` : t("newTitle")}
        actions={
          <Link href="/groups" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      {counties.length > 1 && (
        <FilterBar resetHref="/groups/new" label={t("fields.county")}>
          <FilterSelect
            id="county"
            label={t("fields.county")}
            value={query.county}
            allLabel={t("choose")}
            options={counties.map((option) => ({
              value: option.id,
              label: localized(option, "name", locale),
            }))}
          />
        </FilterBar>
      )}
      {county ? (
        <GroupForm countyId={county.id} kinds={kinds} coreSchools={county.schools} />
      ) : (
        <EmptyState title={t("chooseCounty")} />
      )}
    </>
  );
}
