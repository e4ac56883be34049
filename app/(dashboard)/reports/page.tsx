import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CountyScopePicker } from "@/components/indicators/county-scope-picker";
import { ExportBriefingButton } from "@/components/reports/export-briefing-button";
import { ExportTableButton } from "@/components/reports/export-table-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCityPagePermission } from "@/lib/auth/session";
import { getCityWithCounties } from "@/lib/data/geography/get-places";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";
import { indicatorScopeSchema } from "@/lib/schemas/indicators";
import { EXPORT_TABLE_MESSAGE_KEYS, EXPORT_TABLES } from "@/lib/schemas/reports";
import { localized } from "@/lib/utils/localized";
import { currentQuarter, quarterKey, recentQuarters } from "@/lib/utils/periods";
import type { SearchParams } from "@/lib/utils/search-params";

/** Briefings of the last two years are offered; older ones can still be asked for by URL. */
const LISTED_QUARTERS = 8;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCityPagePermission("briefings:export");
  const { county } = indicatorScopeSchema.parse(await searchParams);
  const [city, names, t, locale] = await Promise.all([
    getCityWithCounties(user),
    getScopeNames(user),
    getTranslations("reports"),
    getLocale(),
  ]);
  // Display only: a county outside the user's city is dropped here, and the downloads check scope themselves.
  const pickedCounty = city?.counties.find((candidate) => candidate.id === county) ?? null;
  const countyId = pickedCounty?.id ?? null;
  const scopeName = pickedCounty
    ? localized(pickedCounty, "name", locale)
    : names.county
      ? localized(names.county, "name", locale)
      : localized(names.city!, "name", locale);
  const hasCounty = pickedCounty !== null || names.county !== null;
  const current = currentQuarter();
  const quarters = recentQuarters(current, LISTED_QUARTERS).reverse();

  return (
    <>
      <PageHeader title={`${t("title")} · ${scopeName}`} description={t("description")} />
      {city && <CountyScopePicker path="/reports" counties={city.counties} countyId={countyId} />}
      <div className="space-y-6">
        <Card title={t("title")}>
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("quarterColumn")}</Th>
                <Th>{t("statusColumn")}</Th>
                <Th>{t("actionsColumn")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {quarters.map((quarter) => (
                <tr key={quarterKey(quarter)}>
                  <Td>{t("period", { ...quarter })}</Td>
                  <Td>
                    {quarterKey(quarter) === quarterKey(current) ? t("currentQuarter") : t("closedQuarter")}
                  </Td>
                  <Td>
                    <ExportBriefingButton quarter={quarter} countyId={countyId} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={t("tablesTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("tablesDescription")}</p>
          <ul className="divide-y divide-slate-100">
            {EXPORT_TABLES.filter((table) => table !== "school-compliance" || hasCounty).map((table) => (
              <li key={table} className="flex items-center justify-between gap-4 py-2">
                <span>{t(`tables.${EXPORT_TABLE_MESSAGE_KEYS[table]}`)}</span>
                <ExportTableButton table={table} quarter={current} countyId={countyId} />
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
