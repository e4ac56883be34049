import "server-only";
import { isAppError } from "@/lib/errors";

/** A download of an .xlsx file; the name is percent-encoded for Chinese characters (RFC 6266 filename*). */
export function xlsxResponse(buffer: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
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
