// The pure parts of the rendered-dashboard cache (lib/page-cache/serve-rendered-page.ts): which requests it may
// answer, what a rendered page is keyed by, when a render may be kept, and the byte-bounded store.
import { dashboardFilterSchema } from "@/lib/schemas/dashboard";

/** The dashboards: read by every user on every visit, and a function of the user, the city's data and the day. */
const DASHBOARD_PATHS = [/^\/city$/, /^\/counties\/\d+$/, /^\/schools\/\d+$/];

/** Query parameters the dashboards read: their filters and the county's table page. */
const DASHBOARD_PARAMETERS: ReadonlySet<string> = new Set([
  ...Object.keys(dashboardFilterSchema.shape),
  "page",
]);

/**
 * Only query strings of dashboard parameters alone: the pages ignore any other parameter, and keeping `?x=1`,
 * `?x=2`, … would push everyone's pages out of the store.
 */
export function isKeepableQuery(searchParams: URLSearchParams): boolean {
  return [...searchParams.keys()].every((name) => DASHBOARD_PARAMETERS.has(name));
}

/**
 * Full-page loads of a dashboard with its own parameters. Client-side navigations (RSC requests) depend on the
 * router state the browser sends, so they must render as before. The proxy cannot see their `RSC` header or `_rsc`
 * parameter (Next.js strips both before it runs), but only a document load asks for HTML: the router's fetches
 * accept anything, and answering one with a kept page would turn every soft navigation into a full reload.
 */
export function isCacheablePageRequest(request: {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: { get(name: string): string | null };
}): boolean {
  return (
    request.method === "GET" &&
    (request.headers.get("accept") ?? "").includes("text/html") &&
    DASHBOARD_PATHS.some((path) => path.test(request.pathname)) &&
    isKeepableQuery(request.searchParams)
  );
}

export interface RenderedPageKeyParts {
  user: {
    id: number;
    role: string;
    cityId: number;
    countyId: number | null;
    schoolId: number | null;
    loginName: string;
    displayName: string;
  };
  locale: string;
  /** Path and query string: the filters are in the query string. */
  url: string;
  /** The city's data version: moved on by every write of figures in the city. */
  dataVersion: string;
  /** Status and pace are computed as of today (UTC day, as the pages do). */
  day: string;
}

/**
 * Everything a dashboard's HTML depends on. The user's own fields are part of it because the page shows their name
 * and what their role may do; a change to any part is a different page.
 */
export function renderedPageKey({ user, locale, url, dataVersion, day }: RenderedPageKeyParts): string {
  return JSON.stringify([
    user.id,
    user.role,
    user.cityId,
    user.countyId,
    user.schoolId,
    user.loginName,
    user.displayName,
    locale,
    url,
    dataVersion,
    day,
  ]);
}

export interface RenderedPage {
  /**
   * The page's UTF-8 bytes cut at each use of its render's nonce: a response joins them with its own nonce, a copy
   * of bytes rather than a search and an encoding of the whole text each time.
   */
  segments: Uint8Array<ArrayBuffer>[];
  /** The nonce the page was rendered with: replaced by each response's own. */
  nonce: string;
  headers: [string, string][];
}

const utf8 = new TextEncoder();

/** A whole render, as the store keeps it. */
export function keptPage(html: string, nonce: string, headers: [string, string][]): RenderedPage {
  return { segments: html.split(nonce).map((segment) => utf8.encode(segment)), nonce, headers };
}

/**
 * A page may be kept only when it rendered whole: React marks a Suspense boundary that failed on the server with
 * `<!--$!-->` and Next.js gives its error a digest (data-dgst); such a page is sent once and not kept.
 */
export function isWholeRender(html: string): boolean {
  return html.endsWith("</html>") && !html.includes("<!--$!-->") && !html.includes("data-dgst");
}

/**
 * The page and its headers (the Link header preloads with the nonce) with its render's nonce replaced by this
 * response's: a nonce is never sent twice.
 */
export function withNonce(
  page: RenderedPage,
  nonce: string,
): { body: Uint8Array<ArrayBuffer>; headers: [string, string][] } {
  const nonceBytes = utf8.encode(nonce);
  const parts = page.segments.flatMap((segment, index) => (index === 0 ? [segment] : [nonceBytes, segment]));
  const body = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return {
    body,
    headers: page.headers.map(([name, value]) => [name, value.replaceAll(page.nonce, nonce)]),
  };
}

/**
 * Least recently used pages go first once the stored pages exceed maxBytes: the page's bytes, and two bytes a
 * character of its key and headers (JavaScript strings).
 */
export class RenderedPageStore {
  private readonly pages = new Map<string, RenderedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): RenderedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: RenderedPage): void {
    const size = sizeOf(key, page);
    if (size > this.maxBytes) return;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += size;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  get size(): number {
    return this.pages.size;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(key, page);
  }
}

const sizeOf = (key: string, page: RenderedPage) =>
  page.segments.reduce((total, segment) => total + segment.byteLength, 0) +
  2 * (key.length + page.headers.reduce((total, [name, value]) => total + name.length + value.length, 0));
