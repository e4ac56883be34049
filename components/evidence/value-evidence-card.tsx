import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { listValueEvidence } from "@/lib/data/evidence/list-value-evidence";
import { localized } from "@/lib/utils/localized";
import { AttachEvidenceForm } from "./attach-evidence-form";
import { EvidenceFileList } from "./evidence-file-list";

type ValueEvidence = NonNullable<Awaited<ReturnType<typeof listValueEvidence>>>;

/**
 * 佐证材料 of a report, per value: every value with files and its list; while the report is open for the viewer's
 * changes, the upload form (to any saved value) and a delete button beside the viewer's own files.
 */
export async function ValueEvidenceCard({
  values,
  canEdit,
  viewerId,
}: {
  values: ValueEvidence;
  canEdit: boolean;
  viewerId: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("evidence"), getLocale()]);
  const withFiles = values.filter((value) => value.files.length > 0);
  return (
    <Card title={t("reportTitle")}>
      <p className="mb-3 text-sm text-slate-600">{canEdit ? t("reportHelp") : t("reportReadOnly")}</p>
      {withFiles.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <dl className="space-y-3">
          {withFiles.map((value) => {
            const name = localized(value, "name", locale);
            return (
              <div key={value.valueId}>
                <dt className="text-sm font-medium text-slate-800">{name}</dt>
                <dd>
                  <EvidenceFileList
                    files={value.files}
                    label={name}
                    deletableIds={
                      canEdit ? value.files.filter((f) => f.uploadedById === viewerId).map((f) => f.id) : []
                    }
                  />
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {canEdit && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          {values.length === 0 ? (
            <p className="text-sm text-slate-600">{t("saveFirst")}</p>
          ) : (
            <AttachEvidenceForm
              kind="value"
              values={values.map((value) => ({
                valueId: value.valueId,
                label: localized(value, "name", locale),
              }))}
            />
          )}
        </div>
      )}
    </Card>
  );
}
