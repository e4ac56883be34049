import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/ui/sparkline";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import type { getCollectionFigures } from "@/lib/data/collections/get-collection-figures";
import { listCustomItemFigures } from "@/lib/data/collections/list-custom-item-figures";
import { localized } from "@/lib/utils/localized";
import { periodLabel } from "@/lib/utils/reporting-periods";

type Figures = NonNullable<Awaited<ReturnType<typeof getCollectionFigures>>>;

/**
 * A collection's custom items as the dashboards show indicators (decision 0044): the latest opened period's approved
 * total, how many of its reports carry an approved value, and the trend over the periods.
 */
export async function CustomItemFigures({
  collection,
  items,
}: {
  collection: { nameZh: string; nameEn: string };
  items: Figures;
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("collections"),
    getFormatter(),
    getLocale(),
  ]);
  const collectionName = localized(collection, "name", locale);
  return (
    <Table caption={`${collectionName} · ${t("values.title")}`}>
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          <Th>{t("values.period")}</Th>
          <Th className="text-right">{t("values.total")}</Th>
          <Th className="text-right">{t("values.completeness")}</Th>
          <Th>{t("values.trend")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((item) => {
          const last = item.periods.at(-1);
          const series = item.periods.flatMap((entry) => (entry.total === null ? [] : [entry.total]));
          const itemName = localized(item, "name", locale);
          return (
            <tr key={item.key}>
              <Td>
                {itemName}（{localized(item, "unit", locale)}）
              </Td>
              <Td>{last ? periodLabel({ ...last.period, collection }, locale) : "—"}</Td>
              <Td className="text-right tabular-nums">
                {last?.total == null ? t("values.none") : format.number(last.total)}
              </Td>
              <Td className="text-right tabular-nums">{last ? `${last.reported}/${last.expected}` : "—"}</Td>
              <Td>
                <Sparkline values={series} label={`${itemName} ${t("values.trend")}`} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/**
 * The city dashboard's card: every collection's custom items, per user (read from the reports, not the shared
 * dashboard cache). Nothing when the city has none.
 */
export async function CustomItemsCard({ user }: { user: SessionUser }) {
  const [collections, t] = await Promise.all([listCustomItemFigures(user), getTranslations("collections")]);
  if (collections.length === 0) return null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-4 py-3">
        <h2 className="text-base font-semibold text-slate-800">{t("values.title")}</h2>
        <p className="text-sm text-slate-600">{t("values.help")}</p>
      </header>
      <div className="space-y-4 p-4">
        {collections.map(({ collection, items }) => (
          <CustomItemFigures key={collection.id} collection={collection} items={items} />
        ))}
      </div>
    </section>
  );
}
