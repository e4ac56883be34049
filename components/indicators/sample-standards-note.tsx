import { useTranslations } from "next-intl";

/** The mark of figures judged against sample standard values (demo data only): 示例（非官方）. */
export function SampleStandardsNote() {
  const t = useTranslations("standards");
  return (
    <p
      role="note"
      data-testid="sample-standards"
      className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900"
    >
      <strong>{t("sample")}</strong> {t("sampleUsed")}
    </p>
  );
}
