import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EvidenceFileList } from "@/components/evidence/evidence-file-list";
import { FindingForm } from "@/components/verification/finding-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { getVerificationSample } from "@/lib/data/verification/get-sample";
import type { VerificationFinding } from "@/lib/generated/prisma/enums";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";

const FINDING_TONES: Record<VerificationFinding, BadgeTone> = {
  PENDING: "neutral",
  CONFIRMED: "success",
  DISCREPANCY: "danger",
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification"))("title") };
}

/** One sample: each value as sampled and as it is now, and the verifier's finding or the form to record it. */
export default async function VerificationSamplePage({
  params,
}: PageProps<"/supervision/verification/[sampleId]">) {
  const user = await requirePagePermission("verification:manage");
  const sampleId = idParam((await params).sampleId);
  const sample = sampleId === null ? null : await getVerificationSample(user, sampleId);
  if (!sample) notFound();
  const [t, format, locale] = await Promise.all([
    getTranslations("verification"),
    getFormatter(),
    getLocale(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const { findings } = sample;
  return (
    <>
      <PageHeader
        title={t("sampleTitle", { quarter: t("quarter", sample.period) })}
        description={[
          t("sampleFacts", { seed: sample.seed, population: sample.population, size: findings.total }),
          t("drawnBy", { name: sample.drawnBy.displayName, date: when(sample.drawnAt) }),
        ].join(" · ")}
        actions={
          <Link href="/supervision/verification" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <p className="mb-4 text-sm text-slate-700">
        {t("summary", {
          done: findings.total - findings.pending,
          total: findings.total,
          confirmed: findings.confirmed,
          discrepancies: findings.discrepancies,
        })}
      </p>
      <Table caption={t("sampleTitle", { quarter: t("quarter", sample.period) })}>
        <thead>
          <tr>
            <Th>{t("county")}</Th>
            <Th>{t("indicator")}</Th>
            <Th className="text-right">{t("sampledValue")}</Th>
            <Th className="text-right">{t("currentValue")}</Th>
            <Th>{t("finding")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sample.items.map((item) => {
            const { indicator, submission } = item.submissionValue;
            const shown = (value: { toNumber(): number } | null) =>
              value === null ? "—" : formatIndicatorValue(value.toNumber(), indicator, locale);
            const changed = !(item.sampledValue?.equals(item.submissionValue.value ?? Number.NaN) ?? false);
            return (
              <tr key={item.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`/submissions/${submission.id}`} className="text-brand-700 hover:underline">
                    {localized(submission.county, "name", locale)}
                  </Link>
                </Td>
                <Td className="min-w-48">
                  {localized(indicator, "name", locale)}
                  {item.submissionValue.evidenceFiles.length > 0 && (
                    <EvidenceFileList
                      files={item.submissionValue.evidenceFiles}
                      label={localized(indicator, "name", locale)}
                    />
                  )}
                </Td>
                <Td className="text-right whitespace-nowrap">{shown(item.sampledValue)}</Td>
                <Td className="text-right whitespace-nowrap">
                  {shown(item.submissionValue.value)}
                  {changed && (
                    <span className="ml-1">
                      <Badge tone="warning">{t("changedSince")}</Badge>
                    </span>
                  )}
                </Td>
                <Td className="min-w-64">
                  <div className="space-y-1">
                    <Badge tone={FINDING_TONES[item.finding]}>{t(`findings.${item.finding}`)}</Badge>
                    {item.finding === "PENDING" ? (
                      <FindingForm itemId={item.id} />
                    ) : (
                      <>
                        {item.checkedValue && (
                          <p>{t("checkedValueIs", { value: shown(item.checkedValue) })}</p>
                        )}
                        {item.note && <p className="whitespace-pre-wrap">{item.note}</p>}
                        {item.verifiedBy && item.verifiedAt && (
                          <p className="text-xs text-slate-500">
                            {t("verifiedBy", {
                              name: item.verifiedBy.displayName,
                              date: when(item.verifiedAt),
                            })}
                          </p>
                        )}
                      </>
                    )}
                  </div>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
