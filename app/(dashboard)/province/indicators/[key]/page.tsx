import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { IndicatorValue } from "@/components/indicators/indicator-value";
import { SetTargetForm } from "@/components/indicators/target-forms";
import { StatusBadge } from "@/components/indicators/status-badge";
import { TargetRollUpTable } from "@/components/indicators/target-roll-up";
import { SplitTargetForm } from "@/components/indicators/target-split-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { scopeOf, viewerOf } from "@/lib/auth/scope";
import { requirePagePermission } from "@/lib/auth/session";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import { getProvinceTargetRollUp } from "@/lib/data/targets/get-province-target-roll-up";
import { formatTargetBound } from "@/lib/indicators/format";
import { localized } from "@/lib/utils/localized";

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getTranslations("provinceTargets"))("title")} · ${(await params).key}` };
}

// One indicator of the province (decision 0041): its rolled-up figure, the province's own targets, the roll-up
// check of the cities' targets against each, and for province staff the forms that set a target and split it.
export default async function ProvinceIndicatorPage({ params }: Props) {
  const user = await requirePagePermission("indicators:view");
  // Province users only: a city user's scope holds no province, and a forged visit shows the not-found page.
  if (scopeOf(user)?.level !== "province") notFound();
  const { key } = await params;
  const [overview, rollUp, t, locale, format] = await Promise.all([
    getProvinceOverview(viewerOf(user)),
    getProvinceTargetRollUp(user, key),
    getTranslations("provinceTargets"),
    getLocale(),
    getFormatter(),
  ]);
  const row = overview?.rows.find((item) => item.definition.key === key);
  if (!overview || !row || !rollUp) notFound();
  const { definition } = row;
  const name = localized(definition, "name", locale);
  const unit = localized(definition, "unit", locale);
  const canEdit = can(user.role, "province-targets:edit");
  const bound = (value: number) => formatTargetBound(value, definition, locale);
  const deadlines = [
    ...new Set(rollUp.cities.flatMap((city) => city.targets.map((target) => target.deadlineYear))),
  ].sort();

  return (
    <>
      <Breadcrumbs
        items={[
          { label: localized(overview.province, "name", locale), href: "/province" },
          { label: t("title"), href: "/province/indicators" },
          { label: name },
        ]}
      />
      <PageHeader title={name} description={t("description")} />
      <Card title={t("provinceValue")}>
        <div className="flex flex-wrap items-center gap-3 text-lg">
          <IndicatorValue result={row.value?.result ?? null} definition={definition} />
          <StatusBadge status={row.status.status} reason={row.status.reason} />
        </div>
      </Card>

      <Card title={t("targetsTitle")} className="mt-4">
        {rollUp.targets.length === 0 ? (
          <p className="mb-4 text-sm text-slate-500">{t("noTargets")}</p>
        ) : (
          <div className="mb-4">
            <Table caption={t("targetsTitle")}>
              <thead>
                <tr>
                  <Th>{t("deadlineYear")}</Th>
                  <Th className="text-right">{t("value")}</Th>
                  <Th>{t("note")}</Th>
                  <Th>{t("setBy")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rollUp.targets.map((target) => (
                  <tr key={target.id}>
                    <Td>{target.deadlineYear}</Td>
                    <Td className="text-right tabular-nums">{bound(target.value)}</Td>
                    <Td>{target.note}</Td>
                    <Td className="text-xs text-slate-600">
                      {target.setBy.displayName} · {format.dateTime(target.setAt, { dateStyle: "medium" })}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
        {canEdit && (
          <>
            <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("setTitle")}</h3>
            <SetTargetForm
              level="province"
              indicatorKey={key}
              defaultDeadlineYear={
                rollUp.targets.at(-1)?.deadlineYear ??
                definition.defaultDeadlineYear ??
                overview.currentQuarter.year
              }
              unit={unit}
            />
          </>
        )}
      </Card>

      <Card title={t("rollUpTitle")} className="mt-4">
        <TargetRollUpTable
          level="province"
          definition={definition}
          rollUp={{
            rule: rollUp.rule,
            checks: rollUp.checks.map((check) => ({ ...check, source: "city" as const })),
            counties: rollUp.cities.map((city) => ({
              countyId: city.cityId,
              name: city.name,
              nameEn: city.nameEn,
            })),
          }}
        />
        {rollUp.cascade === "passDown" && <p className="mt-3 text-sm text-slate-600">{t("passDown")}</p>}
        {canEdit && rollUp.cascade === "split" && rollUp.decimals !== null && rollUp.targets.length > 0 && (
          <div className="mt-6">
            <h3 className="mb-1 text-sm font-semibold text-slate-900">{t("splitTitle")}</h3>
            <p className="mb-3 text-sm text-slate-600">{t("splitDescription")}</p>
            <SplitTargetForm
              level="province"
              indicatorKey={key}
              decimals={rollUp.decimals}
              unit={unit}
              cityTargets={rollUp.targets.map((target) => ({
                deadlineYear: target.deadlineYear,
                value: target.value,
                label: t("cityTargetOption", { value: bound(target.value), year: target.deadlineYear }),
              }))}
              counties={rollUp.cities.map((city) => ({
                id: city.cityId,
                code: city.code,
                label: localized(city, "name", locale),
                bases: city.bases,
              }))}
            />
          </div>
        )}
      </Card>

      <Card title={t("cityTargetsTitle")} className="mt-4">
        <Table caption={t("cityTargetsTitle")}>
          <thead>
            <tr>
              <Th>{t("cityColumn")}</Th>
              {deadlines.map((year) => (
                <Th key={year} className="text-right">
                  {t("deadlineHeader", { year })}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rollUp.cities.map((city) => (
              <tr key={city.cityId}>
                <Td>{localized(city, "name", locale)}</Td>
                {deadlines.map((year) => {
                  const target = city.targets.find((item) => item.deadlineYear === year);
                  return (
                    <Td key={year} className="text-right tabular-nums">
                      {target ? bound(target.value) : "—"}
                    </Td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
