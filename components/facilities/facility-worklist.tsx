import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import { listFacilityWorklist, type FacilityWorklistRow } from "@/lib/data/facilities/list-facility-worklist";

/** The worklist card's key: the county, and the day in Beijing (businessDay, ISO) whose school year is due. */
export interface FacilityWorklistView extends SharedSectionKey {
  countyId: number;
  day: string;
}

/**
 * The county landing page's summary of the worklist: how many schools are due, linked to the full list. The same for
 * every officer of the county, so a shared section (decision 0049): facility records and schools move the county's
 * data version in its key.
 */
export async function FacilityWorklistCard({ view }: { view: FacilityWorklistView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { countyId } = view;
  const [{ schoolYear, rows }, t] = await Promise.all([
    listFacilityWorklist(view.viewer, countyId, new Date(view.day)),
    getTranslations("facilities"),
  ]);
  return (
    <Card
      title={t("worklistTitle")}
      actions={
        rows.length > 0 && (
          <Link href={`/counties/${countyId}/facilities`} className="text-sm text-brand-700 hover:underline">
            {t("worklistOpen")}
          </Link>
        )
      }
    >
      <p className="text-sm text-slate-700">{t("worklistCard", { count: rows.length, year: schoolYear })}</p>
    </Card>
  );
}

/** Every school due, each linked to its facility form for the current school year. */
export async function FacilityWorklistTable({
  rows,
  schoolYear,
}: {
  rows: FacilityWorklistRow[];
  schoolYear: number;
}) {
  const [t, tSchools] = await Promise.all([getTranslations("facilities"), getTranslations("schools")]);
  if (rows.length === 0) return <EmptyState title={t("worklistEmpty")} />;
  return (
    <Table caption={t("worklistTitle")}>
      <thead>
        <tr>
          <Th>{tSchools("fields.code")}</Th>
          <Th>{tSchools("fields.name")}</Th>
          <Th>{tSchools("fields.town")}</Th>
          <Th>{t("worklistLatest")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="font-mono">{row.code}</Td>
            <Td>
              <Link
                href={`/schools/${row.id}/facilities?year=${schoolYear}`}
                className="text-brand-700 hover:underline"
              >
                {row.name}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">{row.townName}</Td>
            <Td className="whitespace-nowrap">
              {row.latestYear === null ? (
                <Badge tone="warning">{t("worklistNever")}</Badge>
              ) : (
                t("worklistLastYear", { year: row.latestYear })
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
