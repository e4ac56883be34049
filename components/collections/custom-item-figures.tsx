import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Sparkline } from "@/components/ui/sparkline";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import {
  type CustomCollectionFigures,
  getCustomItemFigures,
} from "@/lib/data/collections/get-custom-item-figures";
import { figuresOf, summariseCustomItem } from "@/lib/indicators/custom-items";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { localized } from "@/lib/utils/localized";
import { periodLabel } from "@/lib/utils/reporting-periods";

/** The page of a custom item (decision 0047), for the city or one of its counties. */
export const customItemHref = (key: string, countyId: number | null = null) =>
  `/indicators/custom/${key}${countyId === null ? "" : `?county=${countyId}`}`;

/**
 * A collection's custom items as the dashboards show indicators (decisions 0044, 0047): the latest approved value
 * and its period, the current period's completeness (approved reports with a value / reports expected), and the
 * trend over the periods. Each item links to its page.
 */
export async function CustomItemFigures({
  collection,
  countyId = null,
}: {
  collection: CustomCollectionFigures;
  /** One county of the city's figures; null: the user's scope */
  countyId?: number | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("collections"), getLocale()]);
  const collectionName = localized(collection, "name", locale);
  return (
    <Table caption={`${collectionName} · ${t("values.title")}`}>
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          <Th>{t("unit")}</Th>
          <Th className="text-right">{t("values.latest")}</Th>
          <Th>{t("values.period")}</Th>
          <Th className="text-right">{t("values.completeness")}</Th>
          <Th>{t("values.trend")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {collection.items.map((item) => {
          const summary = summariseCustomItem(collection.periods, figuresOf(item, countyId));
          const itemName = localized(item, "name", locale);
          return (
            <tr key={item.key}>
              <Td>
                <Link href={customItemHref(item.key, countyId)} className="text-brand-700 hover:underline">
                  {itemName}
                </Link>
              </Td>
              <Td className="text-slate-600">{localized(item, "unit", locale)}</Td>
              <Td className="text-right tabular-nums" data-testid={`custom-value-${item.key}`}>
                {summary.latest ? formatIndicatorValue(summary.latest.value, item, locale) : t("values.none")}
              </Td>
              <Td className="text-xs text-slate-600">
                {summary.latest ? periodLabel(summary.latest.period, locale) : "—"}
              </Td>
              <Td className="text-right tabular-nums">
                {summary.current ? (
                  <span title={periodLabel(summary.current.period, locale)}>
                    {summary.current.reported}/{summary.current.expected}
                  </span>
                ) : (
                  "—"
                )}
              </Td>
              <Td>
                <Sparkline
                  values={summary.trend.map((point) => point.value)}
                  label={`${itemName} ${t("values.trend")}`}
                />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/**
 * Every collection's custom items on a dashboard: the city's (the user's scope), or one county's on its page. Read
 * from the figures shared by the scope (getCustomItemFigures). Nothing when the city has none.
 */
export async function CustomItemsCard({
  user,
  countyId = null,
}: {
  user: SessionUser;
  /** The county whose dashboard this is (in the user's scope: the page checked it) */
  countyId?: number | null;
}) {
  const [figures, t] = await Promise.all([getCustomItemFigures(user), getTranslations("collections")]);
  if (figures.collections.length === 0) return null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-4 py-3">
        <h2 className="text-base font-semibold text-slate-800">{t("values.title")}</h2>
        <p className="text-sm text-slate-600">{t("values.help")}</p>
      </header>
      <div className="space-y-4 p-4">
        {figures.collections.map((collection) => (
          <CustomItemFigures key={collection.id} collection={collection} countyId={countyId} />
        ))}
      </div>
    </section>
  );
}
