import { getFormatter, getTranslations } from "next-intl/server";

export interface EvidenceFileItem {
  id: number;
  name: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: { displayName: string };
}

/** 佐证材料 of a progress update: name (the download), size, uploader and time. */
export async function EvidenceFileList({ files }: { files: EvidenceFileItem[] }) {
  const [t, format] = await Promise.all([getTranslations("problems"), getFormatter()]);
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t("fileSizeKb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("fileSizeMb", { size: format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });
  return (
    <div className="mt-1">
      <h4 className="text-xs font-medium text-slate-600">{t("evidence")}</h4>
      <ul className="mt-1 space-y-1" aria-label={t("evidence")}>
        {files.map((file) => (
          <li key={file.id} className="text-xs text-slate-600">
            <a
              href={`/files/${file.id}`}
              className="font-medium text-brand-700 underline"
              download={file.name}
            >
              {file.name}
            </a>{" "}
            · {size(file.size)} · {file.uploadedBy.displayName} ·{" "}
            {format.dateTime(file.uploadedAt, { dateStyle: "medium", timeStyle: "short" })}
          </li>
        ))}
      </ul>
    </div>
  );
}
