// Downloads: the file with its (Chinese) name, never kept by shared caches.
import { isAppError } from "@/lib/errors";
import { contentDisposition } from "./content-disposition";

const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
