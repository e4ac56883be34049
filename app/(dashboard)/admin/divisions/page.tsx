import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import {
  FunctionalZoneForm,
  MoveTownsForm,
  RenameForms,
  SetUpCityForm,
} from "@/components/divisions/division-forms";
import { ImportForm } from "@/components/imports/import-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getDivisionSetup } from "@/lib/data/geography/get-division-setup";
import { TOWN_ASSIGNMENT_IMPORT } from "@/lib/imports/specs/towns";
import { localized } from "@/lib/utils/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("divisions"))("title") };
}

export default async function DivisionsPage() {
  const user = await requirePagePermission("divisions:manage");
  const [setup, t, tKind, locale] = await Promise.all([
    getDivisionSetup(user),
    getTranslations("divisions"),
    getTranslations("enums.countyKind"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card title={t("officialTitle")}>
          <p className="mb-3 text-sm text-slate-600">
            {setup.official ? t("officialDescription") : t("cityNotListed", { code: setup.city.code })}
          </p>
          {setup.official && (
            <SetUpCityForm
              official={setup.official.map((county) => ({ ...county, kindLabel: tKind(county.kind) }))}
            />
          )}
          <p className="mt-3 text-xs text-slate-500">{t("source", { source: setup.source })}</p>
        </Card>
        <Card title={t("currentTitle")}>
          {setup.counties.length === 0 ? (
            <EmptyState title={t("none")} />
          ) : (
            <Table caption={t("currentTitle")}>
              <thead>
                <tr>
                  <Th>{t("code")}</Th>
                  <Th>{t("name")}</Th>
                  <Th>{t("kind")}</Th>
                  <Th>{t("towns")}</Th>
                  <Th>{t("schools")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {setup.counties.map((county) => (
                  <tr key={county.id}>
                    <Td className="tabular-nums">{county.code ?? "—"}</Td>
                    <Td>{localized(county, "name", locale)}</Td>
                    <Td>{tKind(county.kind)}</Td>
                    <Td className="tabular-nums">{county.towns.length}</Td>
                    <Td className="tabular-nums">{county.schools}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title={t("zoneTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("zoneDescription")}</p>
          <FunctionalZoneForm counties={setup.counties} />
        </Card>
        {setup.counties.length > 0 && (
          <>
            <Card title={t("moveTitle")}>
              <p className="mb-3 text-sm text-slate-600">{t("moveDescription")}</p>
              <MoveTownsForm counties={setup.counties} />
            </Card>
            <Card
              title={t("importTitle")}
              actions={
                <a
                  href={`/imports/templates/${TOWN_ASSIGNMENT_IMPORT.kind}`}
                  className="text-sm text-brand-700 hover:underline"
                >
                  {t("template")}
                </a>
              }
            >
              <p className="mb-3 text-sm text-slate-600">{t("importHelp")}</p>
              <ImportForm kind="towns" />
            </Card>
            <Card title={t("renameTitle")}>
              <RenameForms counties={setup.counties} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
