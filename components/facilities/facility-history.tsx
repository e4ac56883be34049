import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/ui/sparkline";
import { Table, Td, Th } from "@/components/ui/table";
import { FACILITY_FIELDS, FACILITY_NUMBER_FIELDS } from "@/lib/schemas/facilities";

interface HistoryEntry {
  schoolYear: number;
  values: Record<string, number | boolean>;
}

/** Every school year's values of each item side by side, with a small trend line per item. */
export async function FacilityHistory({ schoolId, history }: { schoolId: number; history: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("facilities"), getFormatter()]);
  return (
    <Table caption={t("history.title")}>
      <thead>
        <tr>
          <Th>{t("history.item")}</Th>
          {history.map((entry) => (
            <Th key={entry.schoolYear} className="text-right">
              <Link
                href={`/schools/${schoolId}/facilities?year=${entry.schoolYear}`}
                className="hover:underline"
              >
                {t("schoolYear", { year: entry.schoolYear })}
              </Link>
            </Th>
          ))}
          <Th>{t("history.trend")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {FACILITY_NUMBER_FIELDS.map((field) => {
          const series = history.map((entry) => Number(entry.values[field]));
          return (
            <tr key={field}>
              <Td>
                {t(`fields.${field}`)}{" "}
                <span className="text-xs text-slate-500">({t(`units.${FACILITY_FIELDS[field].unit}`)})</span>
              </Td>
              {series.map((value, index) => (
                <Td key={index} className="text-right tabular-nums">
                  {format.number(value, { maximumFractionDigits: 2 })}
                </Td>
              ))}
              <Td>
                <Sparkline values={series} label={t("history.trendOf", { item: t(`fields.${field}`) })} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
