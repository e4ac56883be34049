// Downloads with Chinese file names: browsers read the UTF-8 name from `filename*` (RFC 6266 / RFC 5987); the
// plain `filename` is an ASCII fallback for clients that do not. The reader is the writer's inverse, for the
// download button that fetches a file itself to show its progress.

export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

/** The file name of a `Content-Disposition` header as `contentDisposition` writes it: the UTF-8 name first. */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? null;
}
