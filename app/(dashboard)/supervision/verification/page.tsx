import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DrawSampleForm } from "@/components/verification/draw-sample-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listVerificationSamples, VERIFICATION_PAGE_SIZE } from "@/lib/data/verification/list-samples";
import { verificationListQuerySchema } from "@/lib/schemas/verification";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification"))("title") };
}

/** 数据核查: draw a sample of the approved county figures and follow the samples' findings. */
export default async function VerificationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("verification:manage");
  const params = await searchParams;
  const { page } = verificationListQuerySchema.parse(params);
  const [{ rows, total, periods }, t, format] = await Promise.all([
    listVerificationSamples(user, { page }),
    getTranslations("verification"),
    getFormatter(),
  ]);
  const quarterName = (period: { year: number; quarter: number }) => t("quarter", period);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card title={t("drawTitle")}>
          {periods.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noPeriods")}</p>
          ) : (
            <DrawSampleForm
              periods={periods.map((period) => ({ id: period.id, label: quarterName(period) }))}
            />
          )}
        </Card>
        <section aria-labelledby="samples-title" className="space-y-3">
          <h2 id="samples-title" className="text-base font-semibold text-slate-800">
            {t("listTitle")}
          </h2>
          {rows.length === 0 ? (
            <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
          ) : (
            <>
              <Table caption={t("listTitle")}>
                <thead>
                  <tr>
                    <Th>{t("period")}</Th>
                    <Th>{t("seed")}</Th>
                    <Th>{t("finding")}</Th>
                    <Th>{t("drawTitle")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <Td className="whitespace-nowrap">
                        <Link
                          href={`/supervision/verification/${row.id}`}
                          className="text-brand-700 hover:underline"
                        >
                          {quarterName(row.period)}
                        </Link>
                      </Td>
                      <Td className="font-mono">{row.seed}</Td>
                      <Td>
                        {t("summary", {
                          done: row.findings.total - row.findings.pending,
                          total: row.findings.total,
                          confirmed: row.findings.confirmed,
                          discrepancies: row.findings.discrepancies,
                        })}
                      </Td>
                      <Td className="text-slate-600">
                        {t("drawnBy", {
                          name: row.drawnBy.displayName,
                          date: format.dateTime(row.drawnAt, { dateStyle: "medium", timeStyle: "short" }),
                        })}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pagination
                path="/supervision/verification"
                searchParams={params}
                page={page}
                pageSize={VERIFICATION_PAGE_SIZE}
                total={total}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
