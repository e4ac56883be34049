// Where the sign-in page may continue to. A callback URL is parsed the way a browser parses it (WHATWG URL, which
// turns backslashes into slashes and drops tabs and newlines), against the site's own origin, and kept only when it
// stays on that origin; what is returned is the parsed path, so the browser cannot read it differently.

/** The same-site path of `value`, or null when it would leave `siteOrigin` (or is not a URL at all). */
export function safeCallbackPath(value: string | null | undefined, siteOrigin: string): string | null {
  if (!value || value.length > 2048) return null;
  const origin = new URL(siteOrigin).origin;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.com" is on the site, but its path "//evil.com" is a protocol-relative URL when used as a link.
  return new URL(path, origin).origin === origin && path.startsWith("/") ? path : null;
}

/** The site's origin as configured (NEXTAUTH_URL), or a placeholder that only relative paths can match. */
export function siteOrigin(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "").origin;
  } catch {
    return "http://localhost";
  }
}
