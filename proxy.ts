// Runs before every page request: sets a per-request Content-Security-Policy nonce, sends signed-out users to the
// sign-in page and answers full-page dashboard loads from the rendered-page cache (lib/page-cache). It is not a
// security boundary (pages, actions and the data layer check the user themselves; the cache checks the session as a
// page does before it answers).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { fillRequestNonce, renderedDashboardResponse } from "@/lib/page-cache/serve-rendered-page";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

const PUBLIC_PATHS = ["/login"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  const token = isPublic ? null : await getToken({ req: request, secret: authSecret() });
  if (!isPublic && !token) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  // A render the cache asked for carries the nonce the cache will replace; every other request gets a new one.
  const fillNonce = fillRequestNonce(request);
  const nonce = fillNonce ?? Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    isDevelopment: process.env.NODE_ENV !== "production",
    isHttps: process.env.NEXTAUTH_URL?.startsWith("https:") ?? false,
  });
  if (!fillNonce && typeof token?.sessionId === "string") {
    const cached = await renderedDashboardResponse(request, token.sessionId, nonce, csp);
    if (cached) return cached;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
