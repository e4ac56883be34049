import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { listFacilityEvidence } from "@/lib/data/evidence/list-facility-evidence";
import { AttachEvidenceForm } from "./attach-evidence-form";
import { EvidenceFileList } from "./evidence-file-list";

type FacilityEvidence = NonNullable<Awaited<ReturnType<typeof listFacilityEvidence>>>;

/** 佐证材料 of a school's facility record of the year shown: its files, and for its writers the upload form. */
export async function FacilityEvidenceCard({
  evidence,
  canEdit,
  viewerId,
}: {
  evidence: FacilityEvidence;
  canEdit: boolean;
  viewerId: number;
}) {
  const t = await getTranslations("evidence");
  return (
    <Card title={t("facilityTitle")}>
      {evidence.files.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <EvidenceFileList
          files={evidence.files}
          deletableIds={
            canEdit ? evidence.files.filter((f) => f.uploadedById === viewerId).map((f) => f.id) : []
          }
        />
      )}
      {canEdit && (
        <div className="mt-4 border-t border-slate-200 pt-4">
          {evidence.recordId === null ? (
            <p className="text-sm text-slate-600">{t("saveRecordFirst")}</p>
          ) : (
            <AttachEvidenceForm kind="facility" recordId={evidence.recordId} />
          )}
        </div>
      )}
    </Card>
  );
}
