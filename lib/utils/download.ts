// Downloads with Chinese file names: browsers read the UTF-8 name from `filename*` (RFC 6266 / RFC 5987); the
// plain `filename` is an ASCII fallback for clients that do not.

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
