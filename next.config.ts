import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// cacheComponents stays off: every page here is per-user and read from the database on each request
// (docs/decisions/0001-stack.md).
const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2"],
};

export default withNextIntl(nextConfig);
