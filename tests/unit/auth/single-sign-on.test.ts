import { describe, expect, it } from "vitest";
import { linkClaimValue, normalizeIssuer } from "@/lib/auth/oidc";
import { signInErrorFrom } from "@/lib/auth/sign-in-errors";

describe("linkClaimValue", () => {
  it("takes a string or number claim, trimmed", () => {
    expect(linkClaimValue({ sub: " 3701-0001 " }, "sub")).toBe("3701-0001");
    expect(linkClaimValue({ employee_no: 42 }, "employee_no")).toBe("42");
  });

  it.each([
    ["missing", {}],
    ["empty", { sub: "  " }],
    ["an object", { sub: { id: "x" } }],
    ["a list", { sub: ["a", "b"] }],
    ["not finite", { sub: Number.NaN }],
    ["longer than the column", { sub: "x".repeat(256) }],
  ])("names nobody when the claim is %s", (_label, claims) => {
    expect(linkClaimValue(claims, "sub")).toBeNull();
  });
});

describe("signInErrorFrom", () => {
  it("keeps the sign-in page's own codes and turns next-auth's provider failures into one message", () => {
    expect(signInErrorFrom(undefined)).toBeNull();
    expect(signInErrorFrom("sso_unlinked")).toBe("sso_unlinked");
    expect(signInErrorFrom("locked")).toBe("locked");
    expect(signInErrorFrom("OAuthCallback")).toBe("sso_failed");
    expect(signInErrorFrom("<script>")).toBe("unknown");
  });
});

describe("normalizeIssuer", () => {
  it("drops trailing slashes, so that one provider is one key however it is written", () => {
    expect(normalizeIssuer("https://sso.example.gov.cn/realms/edu/")).toBe(
      "https://sso.example.gov.cn/realms/edu",
    );
  });
});
