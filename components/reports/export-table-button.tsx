import { getTranslations } from "next-intl/server";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { DownloadButton } from "@/components/ui/download-button";
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
    <DownloadButton
      href={`/reports/tables/${table}?${exportRequestQuery(quarter, countyId)}`}
      className={buttonClasses(variant, "sm")}
      ariaLabel={`${t("exportTable")}: ${t(`tables.${EXPORT_TABLE_MESSAGE_KEYS[table]}`)}`}
    >
      {t("exportTable")}
    </DownloadButton>
  );
}
