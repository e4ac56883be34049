import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import { getProblemProgress } from "@/lib/data/problems/problem-progress";
import { problemClosureRate } from "@/lib/indicators/problem-progress";
import { localized } from "@/lib/utils/localized";

/** The card's key: the county it is about (none: the viewer's whole scope), and the day in Beijing (businessDay, ISO) past which a problem is overdue. */
export interface ProblemProgressView extends SharedSectionKey {
  countyId: number | null;
  day: string;
}

/**
 * 问题整改进展 on a dashboard: per county, the problems, how many the level above accepted, the closure rate and the
 * overdue ones (linked to the ledger). The same for every user of one role and scope, so a shared section (decision
 * 0053): every problem write moves its county's and city's data version in its key, and the day is in the key for
 * what is overdue.
 */
export async function ProblemProgressCard({ view }: { view: ProblemProgressView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [rows, t, format] = await Promise.all([
    getProblemProgress(view.viewer, { countyId: view.countyId ?? undefined, today: new Date(view.day) }),
    getTranslations("problems"),
    getFormatter(),
  ]);
  const percent = (value: number | null) =>
    value === null ? "—" : `${format.number(value, { maximumFractionDigits: 1 })}%`;
  if (rows.every((row) => row.total === 0))
    return (
      <Card title={t("progressTitle")}>
        <p className="text-sm text-slate-600">
          {t("progressEmpty")}{" "}
          <Link href="/problems" className="text-brand-700 underline">
            {t("title")}
          </Link>
        </p>
      </Card>
    );
  return (
    <Card title={t("progressTitle")}>
      <Table caption={t("progressTitle")}>
        <thead>
          <tr>
            <Th>{t("progressCounty")}</Th>
            <Th className="text-right">{t("progressTotal")}</Th>
            <Th className="text-right">{t("progressClosed")}</Th>
            <Th className="text-right">{t("progressRate")}</Th>
            <Th className="text-right">{t("progressOverdue")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.countyId}>
              <Td>{localized(row, "name", locale)}</Td>
              <Td className="text-right tabular-nums">{format.number(row.total)}</Td>
              <Td className="text-right tabular-nums">{format.number(row.closed)}</Td>
              <Td className="text-right tabular-nums">{percent(problemClosureRate(row))}</Td>
              <Td className="text-right tabular-nums">
                {row.overdue > 0 ? (
                  <Link
                    href={`/problems?county=${row.countyId}&overdue=yes`}
                    className="font-medium text-red-700 hover:underline"
                  >
                    {format.number(row.overdue)}
                  </Link>
                ) : (
                  "0"
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
