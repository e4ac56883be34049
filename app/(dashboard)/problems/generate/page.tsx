import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { GenerateProblemsForm } from "@/components/problems/generate-problems-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FactList } from "@/components/ui/fact-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { previewFigureProblems } from "@/lib/data/problems/generate-figure-problems";
import { FIGURE_RULES } from "@/lib/indicators/problem-rules";
import { addDays, businessDay, isoDay } from "@/lib/utils/periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("problems"))("generateTitle") };
}

/** Rows of the preview: the first ones in county order; the counts cover all. */
const PREVIEW_ROWS = 100;
/** The deadline offered: about half a year, one term of 整改. */
const DEFAULT_DEADLINE_DAYS = 183;

/** 从监测数据生成问题清单: what the figures call for now, before anything is written. */
export default async function GenerateProblemsPage() {
  const user = await requirePagePermission("problems:generate");
  const [preview, t, format] = await Promise.all([
    previewFigureProblems(user),
    getTranslations("problems"),
    getFormatter(),
  ]);
  const deadline = isoDay(addDays(businessDay(new Date()), DEFAULT_DEADLINE_DAYS));
  return (
    <>
      <PageHeader
        title={t("generateTitle")}
        description={t("generateDescription")}
        actions={
          <Link href="/problems" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card title={t("previewTitle")}>
          <FactList
            className="gap-4 sm:grid-cols-3"
            facts={[
              ...FIGURE_RULES.map((rule): [string, number] => [t(`rules.${rule}`), preview.byRule[rule]]),
              [t("alreadyOpen"), preview.alreadyOpen],
            ]}
          />
          <div className="mt-4">
            <GenerateProblemsForm count={preview.problems.length} deadline={deadline} />
          </div>
        </Card>
        {preview.problems.length === 0 ? (
          <EmptyState title={t("nothingToGenerate")}>{t("nothingToGenerateBody")}</EmptyState>
        ) : (
          <Table caption={t("previewTitle")}>
            <thead>
              <tr>
                <Th>{t("fields.unit")}</Th>
                <Th>{t("fields.problem")}</Th>
                <Th>{t("rule")}</Th>
                <Th>{t("fields.valueAtTime")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {preview.problems.slice(0, PREVIEW_ROWS).map((problem) => (
                <tr key={`${problem.countyId}-${problem.schoolId}-${problem.itemKey}`}>
                  <Td className="whitespace-nowrap">
                    {problem.countyName}
                    <div className="text-xs text-slate-500">{problem.schoolName ?? t("countyLevel")}</div>
                  </Td>
                  <Td>{problem.description}</Td>
                  <Td className="whitespace-nowrap">{t(`rules.${problem.rule}`)}</Td>
                  <Td className="tabular-nums">
                    {problem.valueAtTime === null ? "—" : format.number(problem.valueAtTime)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {preview.problems.length > PREVIEW_ROWS && (
          <p className="text-sm text-slate-500">
            {t("previewMore", { shown: PREVIEW_ROWS, total: preview.problems.length })}
          </p>
        )}
      </div>
    </>
  );
}
