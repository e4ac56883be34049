import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

describe("content security policy", () => {
  const production = contentSecurityPolicy("abc", { isDevelopment: false, isHttps: true });

  it("allows scripts only with the nonce and never eval in production", () => {
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { isDevelopment: true, isHttps: false })).toContain("'unsafe-eval'");
  });

  it("forbids framing and plugins and upgrades requests over https only", () => {
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
    expect(production).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc", { isDevelopment: false, isHttps: false })).not.toContain(
      "upgrade-insecure-requests",
    );
  });
});
