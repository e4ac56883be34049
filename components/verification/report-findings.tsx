import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { listReportFindings } from "@/lib/data/verification/list-report-findings";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { localized } from "@/lib/utils/localized";

type Finding = Awaited<ReturnType<typeof listReportFindings>>[number];

/** 数据核查结果 on a report: each checked value, a discrepancy with the value the sources gave and where. */
export async function ReportFindings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  const [t, format, locale] = await Promise.all([
    getTranslations("verification"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <Card title={t("reportFindingsTitle")}>
      <ul className="space-y-2 text-sm text-slate-700">
        {findings.map((finding) => {
          const { indicator } = finding.submissionValue;
          const shown = (value: { toNumber(): number } | null) =>
            value === null ? "—" : formatIndicatorValue(value.toNumber(), indicator, locale);
          return (
            <li key={finding.id} className="flex flex-wrap items-baseline gap-2">
              <Badge tone={finding.finding === "DISCREPANCY" ? "danger" : "success"}>
                {t(`findings.${finding.finding}`)}
              </Badge>
              <span className="font-medium">{localized(indicator, "name", locale)}</span>
              <span>
                {finding.finding === "DISCREPANCY"
                  ? t("reportedAndChecked", {
                      reported: shown(finding.sampledValue),
                      checked: shown(finding.checkedValue),
                    })
                  : shown(finding.sampledValue)}
              </span>
              {finding.note && <span className="text-slate-600">{finding.note}</span>}
              {finding.verifiedAt && (
                <span className="text-xs text-slate-500">
                  {format.dateTime(finding.verifiedAt, { dateStyle: "medium" })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
