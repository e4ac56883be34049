import { MAX_IMPORT_FILE_MIB, SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/imports/upload-limits";

/**
 * The framework cuts a server action's body off at its limits (next.config.ts: the action's and the proxy's
 * buffer), and the action then fails with HTTP 500. proxy.ts refuses a larger body first, by its Content-Length,
 * with 413 and a message in both languages, and a POST that does not state its length (chunked) with 411, so that
 * the limit holds. The browser checks a file's size before sending it: people only meet this when that check is
 * bypassed.
 */
export function refuseOversizedBody(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const length = request.headers.get("content-length");
  const refuse = (status: number, zh: string, en: string) =>
    new Response(`${zh}\n${en}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (length === null)
    return request.headers.has("transfer-encoding")
      ? refuse(
          411,
          "上传须注明内容长度（Content-Length）。",
          "An upload must state its length (Content-Length).",
        )
      : null;
  if (/^\d+$/.test(length) && Number(length) <= SERVER_ACTION_BODY_LIMIT_BYTES) return null;
  return refuse(
    413,
    `上传的内容过大：文件不能超过 ${MAX_IMPORT_FILE_MIB} MB，请拆分成几个文件分批导入。`,
    `The upload is too large: a file may be at most ${MAX_IMPORT_FILE_MIB} MB; split it into several files.`,
  );
}
