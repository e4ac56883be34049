// Runs before every page request, and does three things only (the house rule): it refuses a request body larger
// than the server actions take (by its Content-Length, before anything reads it), sends signed-out users to the
// sign-in page (an optimistic check of the session cookie; pages, actions and the data layer check the user
// themselves) and sets a per-request Content-Security-Policy nonce. Caching happens in the data layer and the
// renders themselves (lib/cache, docs/decisions/0015 and 0017), never here.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { refuseOversizedBody } from "@/lib/security/oversized-body";

const PUBLIC_PATHS = ["/login"];

export async function proxy(request: NextRequest) {
  const oversized = refuseOversizedBody(request);
  if (oversized) return oversized;
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  if (!isPublic && !(await getToken({ req: request, secret: authSecret() }))) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    isDevelopment: process.env.NODE_ENV !== "production",
    isHttps: process.env.NEXTAUTH_URL?.startsWith("https:") ?? false,
  });
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
      // Static files of public/ (the icons and the web manifest a phone reads before anyone signs in) pass freely.
      source: "/((?!api|_next/static|_next/image|favicon.ico|manifest.webmanifest|icons/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
