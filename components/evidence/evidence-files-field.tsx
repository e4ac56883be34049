"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/field";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_FILES } from "@/lib/files/evidence-limits";

/** The file input of 佐证材料 (name `files`), with the accepted kinds and limits of lib/files/evidence-limits.ts. */
export function EvidenceFilesField({ id, label }: { id: string; label: string }) {
  const t = useTranslations("evidence");
  return (
    <TextField
      id={id}
      name="files"
      label={label}
      hint={t("hint", { count: MAX_EVIDENCE_FILES })}
      type="file"
      multiple
      accept={EVIDENCE_ACCEPT}
      className="block text-sm"
    />
  );
}
