import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/imports/upload-limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers for every response; the Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The dashboard sections that are the same for every user of one scope are `'use cache: shared'`, kept by the
  // shared cache's engine (in this process, and in Redis for every instance when REDIS_URL is set) under their scope
  // and the city's data version. The directive is enabled without Cache Components, whose partial prerendering
  // answers notFound() with 200 on routes with params (docs/decisions/0017).
  cacheHandlers: { shared: path.resolve("lib/cache/shared-cache-handler.mjs") },
  // One artifact, many instances: .next/standalone runs with production dependencies only (scripts/build.ts adds
  // the static files, the migrations and their runner); see README "Production".
  output: "standalone",
  // Separately built instances agree when they are given the same BUILD_ID (and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).
  generateBuildId: async () => process.env.BUILD_ID ?? null,
  // The briefing PDF reads its fonts from node_modules at run time (lib/pdf/fonts.ts), out of the tracer's sight.
  outputFileTracingIncludes: {
    "/reports/briefing": [
      "./node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
      "./node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
      // The worker pool (lib/pdf/pdf-pool.ts) loads these by path at run time.
      "./node_modules/piscina/dist/**",
    ],
  },
  // Behind a reverse proxy that compresses (nginx, Caddy), HTTP_COMPRESSION=off leaves it to the proxy and saves the
  // server the CPU (read when the server starts: scripts/build.ts makes the standalone server read it again).
  compress: process.env.HTTP_COMPRESSION !== "off",
  // Piscina starts its workers from its own dist/worker.js, found beside its main file: it must stay a package.
  serverExternalPackages: ["@node-rs/argon2", "piscina"],
  // Imports upload .xlsx/.csv files through server actions; the default limit of 1 MB would refuse a county's roster.
  // The proxy buffers a request's body for the action up to its own limit (10 MB by default) and passes on only
  // that much of a larger one, so a file just under 10 MB arrived cut off and the action failed with HTTP 500: both
  // limits are the one of lib/imports/upload-limits.ts, and proxy.ts refuses larger bodies with 413.
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT_BYTES,
    useCache: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
