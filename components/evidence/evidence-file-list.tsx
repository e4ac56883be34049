import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteEvidenceButton } from "./delete-evidence-button";

export interface EvidenceFileItem {
  id: number;
  name: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: { displayName: string };
}

/**
 * 佐证材料 of a record: name (the download), size, uploader and time; a delete button beside the files in
 * `deletableIds` (the viewer's own, while the record is open; the server checks again).
 */
export async function EvidenceFileList({
  files,
  deletableIds = [],
  label,
}: {
  files: EvidenceFileItem[];
  deletableIds?: number[];
  /** The list's accessible name, e.g. the indicator it belongs to */
  label?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("evidence"), getFormatter()]);
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("fileSizeKb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("fileSizeMb", { size: format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });
  return (
    <div className="mt-1">
      <h4 className="text-xs font-medium text-slate-600">{t("title")}</h4>
      <ul className="mt-1 space-y-1" aria-label={label ? t("listOf", { name: label }) : t("title")}>
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
            <span>
              <a
                href={`/files/${file.id}`}
                className="font-medium text-brand-700 underline"
                download={file.name}
              >
                {file.name}
              </a>{" "}
              · {size(file.size)} · {file.uploadedBy.displayName} ·{" "}
              {format.dateTime(file.uploadedAt, { dateStyle: "medium", timeStyle: "short" })}
            </span>
            {deletableIds.includes(file.id) && <DeleteEvidenceButton fileId={file.id} name={file.name} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
