import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { SupervisionKind } from "@/lib/generated/prisma/enums";
import { localized } from "@/lib/utils/localized";

export interface VisitRow {
  id: number;
  kind: SupervisionKind;
  visitedOn: Date;
  county: { name: string; nameEn: string };
  school: { name: string } | null;
  inspectors: { name: string }[];
  _count: { findings: number };
}

/** Visits as a table: the list page and the school page's 督导与整改 card. */
export async function VisitTable({ rows, caption }: { rows: VisitRow[]; caption?: string }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("supervision"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <Table caption={caption ?? t("title")}>
      <thead>
        <tr>
          <Th>{t("fields.visitedOn")}</Th>
          <Th>{t("fields.unit")}</Th>
          <Th>{t("fields.kind")}</Th>
          <Th>{t("fields.inspectors")}</Th>
          <Th>{t("fields.findings")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((visit) => (
          <tr key={visit.id}>
            <Td className="whitespace-nowrap">
              <Link href={`/supervision/${visit.id}`} className="text-brand-700 hover:underline">
                {format.dateTime(visit.visitedOn, { dateStyle: "medium", timeZone: "UTC" })}
              </Link>
            </Td>
            <Td>
              {localized(visit.county, "name", locale)}
              <div className="text-xs text-slate-500">{visit.school?.name ?? t("countyLevel")}</div>
            </Td>
            <Td className="whitespace-nowrap">{t(`kinds.${visit.kind}`)}</Td>
            <Td>{visit.inspectors.map((inspector) => inspector.name).join("、")}</Td>
            <Td className="whitespace-nowrap tabular-nums">
              {t("findingsCount", { count: visit._count.findings })}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
