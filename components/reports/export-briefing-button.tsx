import { getTranslations } from "next-intl/server";
import { buttonClasses, type ButtonVariant } from "@/components/ui/button";
import { DownloadButton } from "@/components/ui/download-button";
import { exportRequestQuery } from "@/lib/schemas/reports";
import type { Quarter } from "@/lib/utils/periods";

/**
 * Downloads the quarter's briefing PDF of the user's scope, or of one county for city users. A plain link: the
 * route handler checks permission and scope, so a hidden or forged link gains nothing.
 */
export async function ExportBriefingButton({
  quarter,
  countyId = null,
  variant = "primary",
}: {
  quarter: Quarter;
  countyId?: number | null;
  variant?: ButtonVariant;
}) {
  const t = await getTranslations("reports");
  return (
    <DownloadButton
      href={`/reports/briefing?${exportRequestQuery(quarter, countyId)}`}
      className={buttonClasses(variant, "sm")}
    >
      {t("download")}
    </DownloadButton>
  );
}
