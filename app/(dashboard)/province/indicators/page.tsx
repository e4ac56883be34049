import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { IndicatorValue } from "@/components/indicators/indicator-value";
import { StatusBadge } from "@/components/indicators/status-badge";
import { TargetText } from "@/components/indicators/target-text";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { scopeOf, viewerOf } from "@/lib/auth/scope";
import { requirePagePermission } from "@/lib/auth/session";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import { localized } from "@/lib/utils/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("provinceTargets"))("title") };
}

// The province's indicators with its rolled-up figure, its own target and status; each opens its targets page.
export default async function ProvinceIndicatorsPage() {
  const user = await requirePagePermission("indicators:view");
  // Province users only: a city user's scope holds no province, and a forged visit shows the not-found page.
  if (scopeOf(user)?.level !== "province") notFound();
  const [overview, t, locale] = await Promise.all([
    getProvinceOverview(viewerOf(user)),
    getTranslations("provinceTargets"),
    getLocale(),
  ]);
  if (!overview) notFound();
  const province = localized(overview.province, "name", locale);
  return (
    <>
      <Breadcrumbs items={[{ label: province, href: "/province" }, { label: t("title") }]} />
      <PageHeader title={t("title")} description={t("description")} />
      <Card title={t("indicatorsTitle")}>
        {overview.rows.length === 0 ? (
          <EmptyState title={t("noValue")} />
        ) : (
          <Table caption={t("indicatorsTitle")}>
            <thead>
              <tr>
                <Th>{t("indicatorColumn")}</Th>
                <Th className="text-right">{t("valueColumn")}</Th>
                <Th className="text-right">{t("targetColumn")}</Th>
                <Th>{t("statusColumn")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {overview.rows.map((row) => (
                <tr key={row.definition.key}>
                  <Td>
                    <Link href={`/province/indicators/${row.definition.key}`}>
                      {localized(row.definition, "name", locale)}
                    </Link>
                  </Td>
                  <Td className="text-right tabular-nums">
                    <IndicatorValue result={row.value?.result ?? null} definition={row.definition} />
                  </Td>
                  <Td className="text-right tabular-nums">
                    <TargetText target={row.target} definition={row.definition} />
                  </Td>
                  <Td>
                    <StatusBadge status={row.status.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
