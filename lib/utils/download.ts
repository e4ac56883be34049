// Downloads with Chinese file names: browsers read the UTF-8 name from `filename*` (RFC 6266 / RFC 5987); the
// plain `filename` is an ASCII fallback for clients that do not.
import { isAppError } from "@/lib/errors";

const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

export function downloadResponse(
  body: Uint8Array,
  file: { name: string; asciiName: string; contentType: string },
): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.name, file.asciiName),
      "Content-Length": String(body.byteLength),
      // Per user and scope: never kept by shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}

/** An .xlsx download; `asciiName` is the name for clients that cannot read the UTF-8 one. */
export function xlsxResponse(body: Uint8Array, fileName: string, asciiName = "export.xlsx"): Response {
  return downloadResponse(body, { name: fileName, asciiName, contentType: XLSX_CONTENT_TYPE });
}

/** Expected failures of a download (out of scope, missing) as their HTTP status; anything else propagates. */
export async function downloadOrStatus(build: () => Promise<Response>): Promise<Response> {
  try {
    return await build();
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: error.httpStatus });
    throw error;
  }
}
