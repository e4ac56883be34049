/**
 * The Content-Security-Policy of every page: scripts only from this site with the request's nonce (no
 * 'unsafe-eval' in production), no framing, no plugins. Style attributes need 'unsafe-inline' because the chart
 * library sets them and nonces cannot cover attributes.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { isDevelopment: boolean; isHttps: boolean },
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
