import { localized } from "@/lib/utils/localized";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StandardSetForm } from "@/components/indicators/standard-set-form";
import { ThresholdEditForm } from "@/components/indicators/threshold-edit-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listIndicatorCatalogue } from "@/lib/data/indicators/list-indicator-catalogue";
import { listStandardSets } from "@/lib/data/standards/list-standard-sets";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import { businessDay, isoDay } from "@/lib/utils/periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("standards"))("title") };
}

export default async function StandardsPage() {
  const user = await requirePagePermission("standards:edit");
  const [sets, definitions, t, tEnums, locale, format] = await Promise.all([
    listStandardSets(user),
    listIndicatorCatalogue(user),
    getTranslations("standards"),
    getTranslations("enums"),
    getLocale(),
    getFormatter(),
  ]);
  const names = new Map(definitions.map((d) => [d.key, localized(d, "name", locale)]));
  const today = isoDay(businessDay(new Date()));
  const band = (min: number | null, max: number | null) =>
    min !== null && max !== null
      ? t("band", { min, max })
      : min !== null
        ? t("bandFrom", { min })
        : max !== null
          ? t("bandTo", { max })
          : t("anyBand");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {sets.map((set) => (
          <Card
            key={set.id}
            title={localized(set, "name", locale)}
            actions={
              <span className="flex gap-1">
                {set.isSample && <Badge tone="warning">{t("sample")}</Badge>}
                {set.isCityCopy && <Badge tone="info">{t("cityCopy")}</Badge>}
                <Badge tone={set.isConfigurable ? "warning" : "neutral"}>
                  {set.isConfigurable ? t("configurable") : t("readOnly")}
                </Badge>
              </span>
            }
          >
            <p className="mb-3 text-sm text-slate-600">
              {t("issuer")}：{set.issuer}
              {set.documentNo && ` · ${t("documentNo")}：${set.documentNo}`}
            </p>
            {set.isSample && (
              <p
                role="note"
                className="mb-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
              >
                <strong>{t("sample")}</strong> {t("sampleNotice")}
              </p>
            )}
            {set.isConfigurable && (
              <StandardSetForm
                set={set}
                today={today}
                items={set.thresholds
                  .filter((row) => row.isInForce)
                  .map((row) => ({
                    id: row.id,
                    label: [
                      names.get(row.indicatorKey) ?? row.indicatorKey,
                      row.schoolLevel ? tEnums(`schoolLevel.${row.schoolLevel}`) : t("anyLevel"),
                      ...(row.minClasses !== null || row.maxClasses !== null
                        ? [band(row.minClasses, row.maxClasses)]
                        : []),
                    ].join(" · "),
                    unit: row.unit,
                    value: row.value,
                  }))}
              />
            )}
            <Table caption={localized(set, "name", locale)}>
              <thead>
                <tr>
                  <Th>{t("columns.item")}</Th>
                  <Th>{t("columns.level")}</Th>
                  <Th>{t("columns.band")}</Th>
                  <Th className="text-right">{t("columns.value")}</Th>
                  <Th>{t("columns.effectiveFrom")}</Th>
                  <Th>{t("columns.confidence")}</Th>
                  <Th>{t("columns.inForce")}</Th>
                  {set.isConfigurable && <Th>{t("edit")}</Th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {set.thresholds.map((row) => (
                  <tr key={row.id}>
                    <Td>
                      <div>{names.get(row.indicatorKey) ?? row.indicatorKey}</div>
                      <div className="text-xs text-slate-500">{row.note ?? row.source}</div>
                    </Td>
                    <Td className="whitespace-nowrap">
                      {row.schoolLevel ? tEnums(`schoolLevel.${row.schoolLevel}`) : t("anyLevel")}
                    </Td>
                    <Td className="whitespace-nowrap">{band(row.minClasses, row.maxClasses)}</Td>
                    <Td className="text-right whitespace-nowrap tabular-nums">
                      {row.value === null ? (
                        <Badge tone="warning">{t("notConfigured")}</Badge>
                      ) : (
                        `${t(`comparator.${row.comparator}`)} ${formatIndicatorNumber(row.value, "DECIMAL", locale)} ${row.unit}`
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {format.dateTime(row.effectiveFrom, { dateStyle: "medium" })}
                    </Td>
                    <Td className="text-xs">{t(`confidence.${row.confidence}`)}</Td>
                    <Td>
                      {row.isInForce ? (
                        <Badge tone="success">{t("inForce")}</Badge>
                      ) : (
                        <Badge>{t("superseded")}</Badge>
                      )}
                    </Td>
                    {set.isConfigurable && (
                      <Td>
                        <ThresholdEditForm threshold={row} today={today} />
                      </Td>
                    )}
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ))}
      </div>
    </>
  );
}
