import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers for every response; the Content-Security-Policy (with a per-request nonce) is set in proxy.ts.
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// cacheComponents stays off: every page here is per-user and read from the database on each request
// (docs/decisions/0001-stack.md).
const nextConfig: NextConfig = {
  poweredByHeader: false,
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
    ],
  },
  // Behind a reverse proxy that compresses (nginx, Caddy), HTTP_COMPRESSION=off leaves it to the proxy and saves the
  // server the CPU (read when the server starts: scripts/build.ts makes the standalone server read it again).
  compress: process.env.HTTP_COMPRESSION !== "off",
  serverExternalPackages: ["@node-rs/argon2"],
  // Roster and facility imports upload .xlsx/.csv files through server actions (lib/schemas/teachers.ts caps them
  // at 10 MB); the default limit of 1 MB would refuse a county's roster.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
