import "server-only";
import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { clientIpFrom } from "@/lib/auth/request";
import { loadSessionUserAndDataVersion } from "@/lib/data/auth/session-user";
import { getEnv } from "@/lib/env";
import { LOCALE_COOKIE, localeOrDefault } from "@/lib/i18n/locales";
import { utcDay } from "@/lib/utils/periods";
import {
  isCacheablePageRequest,
  isWholeRender,
  keptPage,
  RenderedPageStore,
  renderedPageKey,
  withNonce,
} from "./rendered-pages";

// Rendering a dashboard costs 10–40 ms of CPU, most of it React and Next.js rather than the database, and the same
// user reloads the same page while the city's data stays as it is. So the proxy keeps each rendered dashboard, keyed
// by everything it depends on (renderedPageKey: the user, the locale, the URL, the city's data version and the day),
// and answers the next identical request from memory after checking the session as a page would. A write moves the
// data version on, so the next request renders afresh: nothing stale is ever served.

/** Internal render request: the proxy asks this server for the page and keeps the answer. */
const FILL_HEADER = "x-rendered-page-fill";
const FILL_NONCE_HEADER = "x-rendered-page-nonce";
/** hit or miss, for operators and tests. */
const PAGE_CACHE_HEADER = "x-page-cache";
/** Headers of one hop, never passed on. */
const HOP_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
]);
/** Headers of the render that are not the page's own: recomputed per response. */
const PER_RESPONSE_HEADERS = new Set([...HOP_HEADERS, "content-security-policy", "date", PAGE_CACHE_HEADER]);

interface PageCacheState {
  store: RenderedPageStore;
  /** Proves a render request came from this process's proxy (and so may carry its own nonce). */
  fillSecret: string;
}
let state: PageCacheState | null | undefined;

function pageCache(): PageCacheState | null {
  if (state === undefined) {
    const megabytes = getEnv().RENDERED_PAGE_CACHE_MB;
    state =
      megabytes > 0 ? { store: new RenderedPageStore(megabytes * 2 ** 20), fillSecret: randomUUID() } : null;
  }
  return state;
}

/** The nonce this process's proxy chose for a render it asked for, or null for any other request. */
export function fillRequestNonce(request: NextRequest): string | null {
  // Only a cache that exists has asked for a render: other requests never touch it (nor the environment).
  const secret = request.headers.get(FILL_HEADER);
  if (!secret || secret !== state?.fillSecret) return null;
  return request.headers.get(FILL_NONCE_HEADER);
}

/**
 * The response to a full-page dashboard request: from memory when the same page was rendered for the same user,
 * data and day, else rendered by this server and kept. Null when the request is not one the cache answers
 * (another page, no valid session, a pending password change): the caller lets it through as usual.
 */
export async function renderedDashboardResponse(
  request: NextRequest,
  sessionId: string,
  nonce: string,
  contentSecurityPolicy: string,
): Promise<Response | null> {
  try {
    return await cachedOrRenderedPage(request, sessionId, nonce, contentSecurityPolicy);
  } catch (error) {
    // A database error here must not become a bare 500: the page renders as usual and reports it itself.
    console.error("[page-cache]", error instanceof Error ? error.message : error);
    return null;
  }
}

async function cachedOrRenderedPage(
  request: NextRequest,
  sessionId: string,
  nonce: string,
  contentSecurityPolicy: string,
): Promise<Response | null> {
  const cache = pageCache();
  const port = process.env.PORT; // set by `next start` and `next dev`
  const { pathname, search, searchParams } = request.nextUrl;
  const cacheable = isCacheablePageRequest({
    method: request.method,
    pathname,
    searchParams,
    headers: request.headers,
  });
  if (!cache || !port || !cacheable) return null;
  // Read before rendering: a write landing during the render can only make the kept page newer than its key.
  const session = await loadSessionUserAndDataVersion(sessionId, clientIpFrom(request.headers));
  if (!session || session.user.mustChangePassword) return null;
  const { user, dataVersion } = session;

  const url = `${pathname}${search}`;
  const key = renderedPageKey({
    user,
    locale: localeOrDefault(request.cookies.get(LOCALE_COOKIE)?.value),
    url,
    dataVersion,
    day: utcDay(new Date()).toISOString(),
  });
  const kept = cache.store.get(key);
  if (kept) {
    const { body, headers } = withNonce(kept, nonce);
    return pageResponse(body, headers, contentSecurityPolicy, "hit");
  }

  const renderHeaders = new Headers(request.headers);
  renderHeaders.set(FILL_HEADER, cache.fillSecret);
  renderHeaders.set(FILL_NONCE_HEADER, nonce);
  renderHeaders.delete("accept-encoding"); // kept as text; the response is compressed on the way out
  const rendered = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: renderHeaders,
    redirect: "manual",
    cache: "no-store",
  }).catch(() => null); // a server bound to another address: render this request as usual, without keeping it
  if (!rendered) return null;
  const headers = [...rendered.headers].filter(([name]) => !PER_RESPONSE_HEADERS.has(name));
  const keepable =
    rendered.status === 200 &&
    rendered.body !== null &&
    !rendered.headers.has("set-cookie") &&
    (rendered.headers.get("content-type") ?? "").startsWith("text/html") &&
    (rendered.headers.get("content-security-policy") ?? "").includes(`'nonce-${nonce}'`);
  if (!keepable) {
    // Passed on as rendered, with the render's own policy (a redirect, a not-found page, a cookie being set).
    return new Response(rendered.body, {
      status: rendered.status,
      headers: [...rendered.headers].filter(([name]) => !HOP_HEADERS.has(name)),
    });
  }
  // The browser receives the render as it streams; the copy is kept once it has ended whole.
  const [toBrowser, toKeep] = rendered.body.tee();
  void new Response(toKeep)
    .text()
    .then((html) => {
      if (isWholeRender(html)) cache.store.set(key, keptPage(html, nonce, headers));
    })
    .catch(() => undefined); // a render cut off is simply not kept
  return pageResponse(toBrowser, headers, contentSecurityPolicy, "miss");
}

function pageResponse(
  body: BodyInit,
  headers: [string, string][],
  contentSecurityPolicy: string,
  outcome: "hit" | "miss",
): Response {
  const out = new Headers(headers);
  out.set("Content-Security-Policy", contentSecurityPolicy);
  out.set(PAGE_CACHE_HEADER, outcome);
  return new Response(body, { status: 200, headers: out });
}
