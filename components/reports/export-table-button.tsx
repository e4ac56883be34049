import { getTranslations } from "next-intl/server";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { DownloadButton } from "@/components/ui/download-button";
import {
  EXPORT_TABLE_MESSAGE_KEYS,
  exportRequestQuery,
  type ExportTable,
  type FairChoice,
} from "@/lib/schemas/reports";
import type { Quarter } from "@/lib/utils/periods";

/** Downloads one dashboard table as .xlsx (the route handler checks permission and scope). */
export async function ExportTableButton({
  table,
  quarter,
  countyId = null,
  fair,
  variant = "secondary",
}: {
  table: ExportTable;
  quarter: Quarter;
  countyId?: number | null;
  /** The heat table's figures and peer groups as shown */
  fair?: FairChoice;
  variant?: ButtonVariant;
}) {
  const t = await getTranslations("reports");
  return (
    <DownloadButton
      href={`/reports/tables/${table}?${exportRequestQuery(quarter, countyId, fair)}`}
      className={buttonClasses(variant, "sm")}
      ariaLabel={`${t("exportTable")}: ${t(`tables.${EXPORT_TABLE_MESSAGE_KEYS[table]}`)}`}
    >
      {t("exportTable")}
    </DownloadButton>
  );
}
