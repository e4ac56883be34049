import { getTranslations } from "next-intl/server";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { EXPORT_TABLE_MESSAGE_KEYS, exportRequestQuery, type ExportTable } from "@/lib/schemas/reports";
import type { Quarter } from "@/lib/utils/periods";

/** Downloads one dashboard table as .xlsx (the route handler checks permission and scope). */
export async function ExportTableButton({
  table,
  quarter,
  countyId = null,
  variant = "secondary",
}: {
  table: ExportTable;
  quarter: Quarter;
  countyId?: number | null;
  variant?: ButtonVariant;
}) {
  const t = await getTranslations("reports");
  return (
    <a
      href={`/reports/tables/${table}?${exportRequestQuery(quarter, countyId)}`}
      download
      className={buttonClasses(variant, "sm")}
      aria-label={`${t("exportTable")}: ${t(`tables.${EXPORT_TABLE_MESSAGE_KEYS[table]}`)}`}
    >
      {t("exportTable")}
    </a>
  );
}
