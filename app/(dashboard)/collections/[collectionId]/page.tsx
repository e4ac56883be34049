import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { catalogueOptions, schoolLevelOptions } from "@/components/collections/catalogue-options";
import { SchoolLevel } from "@/lib/generated/prisma/enums";
import { CustomItemFigures } from "@/components/collections/custom-item-figures";
import { CollectionForm } from "@/components/collections/collection-form";
import { OpenCollectionPeriodForm } from "@/components/collections/open-collection-period-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getCityCollection } from "@/lib/data/collections/get-city-collection";
import { getCustomItemFigures } from "@/lib/data/collections/get-custom-item-figures";
import { listReportableIndicators } from "@/lib/data/collections/list-reportable-indicators";
import { PERIODS_PER_YEAR } from "@/lib/schemas/collections";
import { isoDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("collections"))("title") };
}

/** One collection: its periods (open a new one, each period's board), its custom items' figures, and its definition. */
export default async function CollectionPage({ params }: PageProps<"/collections/[collectionId]">) {
  const user = await requirePagePermission("periods:manage");
  const collectionId = idParam((await params).collectionId);
  const [collection, figures, indicators, t, tReturns, tEnums, format, locale] = await Promise.all([
    collectionId ? getCityCollection(user, collectionId) : null,
    getCustomItemFigures(user),
    listReportableIndicators(user),
    getTranslations("collections"),
    getTranslations("schoolReturns"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  if (!collection) notFound();
  const collectionFigures = figures.collections.find((entry) => entry.id === collection.id);
  const name = localized(collection, "name", locale);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const latest = collection.periods[0];
  const perYear = PERIODS_PER_YEAR[collection.periodType];
  // Suggest the period after the newest one (or the current month's, quarter's … year).
  const now = new Date();
  const suggested = latest
    ? latest.sequence >= perYear
      ? { year: latest.year + 1, sequence: 1 }
      : { year: latest.year, sequence: latest.sequence + 1 }
    : { year: now.getUTCFullYear(), sequence: Math.ceil(((now.getUTCMonth() + 1) * perYear) / 12) };
  const canOpenMore = collection.periodType !== "ONE_OFF" || collection.periods.length === 0;
  const named = (period: (typeof collection.periods)[number]) =>
    periodLabel({ ...period, collection }, locale);

  return (
    <>
      <Breadcrumbs items={[{ label: t("title"), href: "/collections" }, { label: name }]} />
      <PageHeader
        title={name}
        description={`${t(`types.${collection.periodType}`)} · ${t(`rule.${collection.deadlineKind}`, { days: collection.deadlineDays })}${
          collection.reporterLevel === "SCHOOL"
            ? ` · ${t("schoolReporters", { levels: collection.schoolLevels.map((level) => tEnums(`schoolLevel.${level}`)).join("、") })}`
            : ""
        }${
          collection.opensOnSchedule
            ? ` · ${t("opensOnScheduleBy", { name: collection.scheduleOwner?.displayName ?? "" })}`
            : ""
        }`}
      />
      <div className="space-y-6">
        <Card title={t("periods")}>
          <div className="space-y-4 p-4">
            {canOpenMore && (
              <OpenCollectionPeriodForm
                collectionId={collection.id}
                year={suggested.year}
                sequence={suggested.sequence}
                periodsPerYear={perYear}
              />
            )}
            {collection.periods.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noPeriods")}</p>
            ) : (
              <Table caption={t("periods")}>
                <thead>
                  <tr>
                    <Th>{t("sequence")}</Th>
                    <Th>{t("state")}</Th>
                    <Th>{t("deadline")}</Th>
                    <Th>{t("board")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {collection.periods.map((period) => (
                    <tr key={period.id}>
                      <Td>{named(period)}</Td>
                      <Td>{tEnums(`periodState.${period.state}`)}</Td>
                      <Td>
                        <time dateTime={isoDay(period.deadline)}>{day(period.deadline)}</time>
                      </Td>
                      <Td>
                        <Link
                          href={`/submissions/periods/${period.id}`}
                          className="text-brand-700 hover:underline"
                        >
                          {t("board")}
                          <span className="sr-only">: {named(period)}</span>
                        </Link>
                        {collection.reporterLevel === "SCHOOL" && (
                          <Link
                            href={`/school-returns/periods/${period.id}`}
                            className="ml-3 text-brand-700 hover:underline"
                          >
                            {tReturns("board")}
                            <span className="sr-only">: {named(period)}</span>
                          </Link>
                        )}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </div>
        </Card>

        {collectionFigures && (
          <Card title={t("values.title")}>
            <div className="space-y-2 p-4">
              <p className="text-sm text-slate-600">{t("values.help")}</p>
              <CustomItemFigures collection={collectionFigures} />
            </div>
          </Card>
        )}

        <Card title={collection.isQuarterlyReport ? t("items") : t("edit")}>
          <div className="p-4">
            {collection.isQuarterlyReport ? (
              <p className="text-sm text-slate-600">
                <Badge>{t("builtIn")}</Badge> {t("quarterlyNote")}
              </p>
            ) : (
              <CollectionForm
                values={{
                  collectionId: collection.id,
                  version: collection.version,
                  nameZh: collection.nameZh,
                  nameEn: collection.nameEn,
                  periodType: collection.periodType,
                  startsOn: collection.startsOn ? isoDay(collection.startsOn) : "",
                  endsOn: collection.endsOn ? isoDay(collection.endsOn) : "",
                  deadlineKind: collection.deadlineKind,
                  deadlineDays: collection.deadlineDays,
                  indicatorKeys: collection.items
                    .filter((item) => item.kind !== "CUSTOM")
                    .map((item) => item.key),
                  noteRequiredKeys: collection.items
                    .filter((item) => item.kind !== "CUSTOM" && item.noteRequired)
                    .map((item) => item.key),
                  reporterLevel: collection.reporterLevel,
                  schoolLevels: collection.schoolLevels,
                  opensOnSchedule: collection.opensOnSchedule,
                  rollUpKeys: collection.items
                    .filter((item) => item.kind !== "CUSTOM" && item.rollsUp)
                    .map((item) => item.key),
                  custom: collection.items
                    .filter((item) => item.kind === "CUSTOM")
                    .map((item) => ({
                      key: item.key,
                      nameZh: item.nameZh,
                      nameEn: item.nameEn,
                      unit: item.unit,
                      valueType: item.valueType,
                      min: item.min === null ? "" : String(item.min),
                      max: item.max === null ? "" : String(item.max),
                      noteRequired: item.noteRequired,
                      rollsUp: item.rollsUp,
                    })),
                }}
                catalogue={catalogueOptions(indicators, locale)}
                schoolLevels={schoolLevelOptions(Object.values(SchoolLevel), (level) =>
                  tEnums(`schoolLevel.${level}`),
                )}
                isReportersFixed={collection.periods.length > 0}
              />
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
