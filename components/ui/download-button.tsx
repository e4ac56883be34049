"use client";

import { useTranslations } from "next-intl";
import { type MouseEvent, useState } from "react";
import { fileNameOf } from "@/lib/utils/content-disposition";

/**
 * A download that shows it is under way: a briefing PDF takes a few seconds to build, and a plain download link
 * shows nothing until the file arrives. With JavaScript it fetches the file itself (saying "正在生成文件…"), saves
 * it under the server's file name and says so when the server refuses; without, it is the plain link it renders.
 */
export function DownloadButton({
  href,
  className,
  ariaLabel,
  title,
  children,
}: {
  href: string;
  className: string;
  ariaLabel?: string;
  title?: string;
  children: string;
}) {
  const t = useTranslations("common");
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    // A modified click (new tab, save as) is the browser's to handle.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state === "pending") return;
    setState("pending");
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response.headers.get("Content-Disposition")) ?? "";
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file once the click is handled; the next task may free it.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-col items-end gap-1" data-print="hide">
      <a
        href={href}
        download
        onClick={download}
        aria-label={ariaLabel}
        title={title}
        aria-busy={state === "pending"}
        className={`${className} aria-busy:cursor-progress aria-busy:opacity-70`}
      >
        {state === "pending" ? t("preparingDownload") : children}
      </a>
      {state === "failed" && (
        <span role="alert" className="text-xs text-red-700">
          {t("downloadFailed")}
        </span>
      )}
    </span>
  );
}
