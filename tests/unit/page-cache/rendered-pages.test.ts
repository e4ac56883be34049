import { describe, expect, it } from "vitest";
import {
  isCacheablePageRequest,
  isKeepableQuery,
  isWholeRender,
  keptPage,
  RenderedPageStore,
  renderedPageKey,
  withNonce,
  type RenderedPage,
  type RenderedPageKeyParts,
} from "@/lib/page-cache/rendered-pages";

// What a browser's document load sends; the router's RSC fetches accept anything (and their own headers are stripped).
const DOCUMENT_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const request = (pathname: string, method = "GET", accept = DOCUMENT_ACCEPT) => ({
  method,
  pathname,
  searchParams: new URLSearchParams(),
  headers: new Headers({ accept }),
});

describe("isCacheablePageRequest", () => {
  it("takes full-page loads of the three dashboards", () => {
    expect(isCacheablePageRequest(request("/city"))).toBe(true);
    expect(isCacheablePageRequest(request("/counties/12"))).toBe(true);
    expect(isCacheablePageRequest(request("/schools/918"))).toBe(true);
  });

  it("leaves other pages, other methods and client-side navigations alone", () => {
    expect(isCacheablePageRequest(request("/schools/918/facilities"))).toBe(false);
    expect(isCacheablePageRequest(request("/counties/12/teachers"))).toBe(false);
    expect(isCacheablePageRequest(request("/counties/abc"))).toBe(false);
    expect(isCacheablePageRequest(request("/indicators"))).toBe(false);
    expect(isCacheablePageRequest(request("/city", "POST"))).toBe(false);
    expect(isCacheablePageRequest(request("/city", "GET", "*/*"))).toBe(false);
    expect(isCacheablePageRequest({ ...request("/city"), headers: new Headers() })).toBe(false);
    expect(
      isCacheablePageRequest({ ...request("/city"), searchParams: new URLSearchParams("utm_source=x") }),
    ).toBe(false);
  });
});

describe("isKeepableQuery", () => {
  it("keeps pages whose query holds the dashboards' own parameters only", () => {
    expect(isKeepableQuery(new URLSearchParams(""))).toBe(true);
    expect(
      isKeepableQuery(new URLSearchParams("period=2026Q3&level=PRIMARY&sort=ratio&dir=asc&page=2")),
    ).toBe(true);
  });

  it("renders, without keeping, pages with any other parameter (utm_source, ?x=1, …)", () => {
    expect(isKeepableQuery(new URLSearchParams("utm_source=wechat"))).toBe(false);
    expect(isKeepableQuery(new URLSearchParams("period=2026Q3&x=1"))).toBe(false);
  });
});

describe("renderedPageKey", () => {
  const parts: RenderedPageKeyParts = {
    user: {
      id: 7,
      role: "COUNTY_OFFICER",
      cityId: 1,
      countyId: 12,
      schoolId: null,
      loginName: "jinan.shanghe",
      displayName: "商河县教育局",
    },
    locale: "zh",
    url: "/counties/12?period=2026Q3",
    dataVersion: "41",
    day: "2026-11-23T00:00:00.000Z",
  };

  it("is the same for the same request", () => {
    expect(renderedPageKey(parts)).toBe(renderedPageKey(structuredClone(parts)));
  });

  it.each<[string, Partial<RenderedPageKeyParts> | { user: Partial<RenderedPageKeyParts["user"]> }]>([
    ["another user", { user: { id: 8 } }],
    ["a changed role", { user: { role: "LEADER" } }],
    ["a changed county", { user: { countyId: 13 } }],
    ["a changed school", { user: { schoolId: 5 } }],
    ["a renamed user", { user: { displayName: "商河县" } }],
    ["another login name", { user: { loginName: "jinan.other" } }],
    ["English", { locale: "en" }],
    ["other filters", { url: "/counties/12?period=2026Q2" }],
    ["a write to the city's data", { dataVersion: "42" }],
    ["the next day", { day: "2026-11-24T00:00:00.000Z" }],
  ])("differs for %s", (_name, change) => {
    const changed = {
      ...parts,
      ...change,
      user: { ...parts.user, ...("user" in change ? change.user : {}) },
    };
    expect(renderedPageKey(changed as RenderedPageKeyParts)).not.toBe(renderedPageKey(parts));
  });
});

describe("isWholeRender", () => {
  it("keeps a page that streamed to its end", () => {
    expect(isWholeRender("<!DOCTYPE html><html><body><!--$-->ok<!--/$--></body></html>")).toBe(true);
  });

  it("refuses a page cut off, or with a boundary that failed on the server", () => {
    expect(isWholeRender("<!DOCTYPE html><html><body>")).toBe(false);
    expect(
      isWholeRender('<html><body><!--$!--><template data-dgst="123"></template><!--/$--></body></html>'),
    ).toBe(false);
    expect(isWholeRender('<html><body><template data-dgst="123"></template></body></html>')).toBe(false);
  });
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("withNonce", () => {
  it("replaces every use of the render's nonce in the page and its headers", () => {
    const html = '<p>乡村教育</p><script nonce="OLD">a</script><script src="/x.js" nonce="OLD"></script>';
    const page = keptPage(html, "OLD", [
      ["link", '</a.css>; rel=preload; as="style"; nonce="OLD"'],
      ["content-type", "text/html; charset=utf-8"],
    ]);
    const { body, headers } = withNonce(page, "NEW");
    expect(text(body)).toBe(
      '<p>乡村教育</p><script nonce="NEW">a</script><script src="/x.js" nonce="NEW"></script>',
    );
    expect(headers).toEqual([
      ["link", '</a.css>; rel=preload; as="style"; nonce="NEW"'],
      ["content-type", "text/html; charset=utf-8"],
    ]);
    // The kept page is unchanged: the next response gets its own nonce in the same places.
    expect(text(withNonce(page, "NEXT").body)).toBe(html.replaceAll("OLD", "NEXT"));
  });

  it("keeps a page that never uses the nonce as it is, and one that starts or ends with it", () => {
    expect(text(withNonce(keptPage("<html></html>", "N", []), "M").body)).toBe("<html></html>");
    expect(text(withNonce(keptPage("N<p>N</p>N", "N", []), "MM").body)).toBe("MM<p>MM</p>MM");
  });
});

describe("RenderedPageStore", () => {
  const page = (chars: number) => keptPage("x".repeat(chars), "n", []);
  const bytesOf = (kept: RenderedPage | undefined) =>
    kept?.segments.reduce((total, segment) => total + segment.byteLength, 0);

  it("drops the least recently used pages beyond its size", () => {
    const store = new RenderedPageStore(1000);
    store.set("a", page(400)); // 402 bytes with its key (two bytes a character)
    store.set("b", page(400)); // 804
    expect(store.get("a")).toBeDefined(); // a is now the most recent
    store.set("c", page(400)); // 1,206 > 1,000: b goes
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
    expect(store.get("c")).toBeDefined();
    expect(store.size).toBe(2);
  });

  it("counts a page's bytes, not its characters", () => {
    const store = new RenderedPageStore(1000);
    store.set("a", keptPage("乡".repeat(300), "n", [])); // 900 bytes of UTF-8 + 2
    store.set("b", page(97)); // 99: 1,001 > 1,000, so a goes
    expect(store.get("a")).toBeUndefined();
    expect(store.get("b")).toBeDefined();
  });

  it("replaces a page under the same key and counts its size once", () => {
    const store = new RenderedPageStore(1000);
    store.set("a", page(299));
    store.set("a", page(399)); // 401 bytes, not 702
    store.set("b", page(597)); // 599: 1,000, both fit
    expect(store.size).toBe(2);
    expect(bytesOf(store.get("a"))).toBe(399);
  });

  it("counts the key and the headers as well as the page", () => {
    const store = new RenderedPageStore(1000);
    // 800 + 2 × (1 + 4 + 95) = 1,000 bytes: fits exactly; one more header character does not.
    store.set("a", keptPage("x".repeat(800), "n", [["link", "y".repeat(95)]]));
    expect(store.get("a")).toBeDefined();
    store.set("b", keptPage("x".repeat(800), "n", [["link", "y".repeat(96)]]));
    expect(store.get("b")).toBeUndefined();
  });

  it("does not keep a page larger than the whole store", () => {
    const store = new RenderedPageStore(1000);
    store.set("a", page(100));
    store.set("huge", page(999));
    expect(store.get("huge")).toBeUndefined();
    expect(store.get("a")).toBeDefined();
  });
});
