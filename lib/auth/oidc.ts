import { getEnv } from "@/lib/env";

/** The OpenID Connect provider this deployment signs in with (docs/decisions/0029), from the environment. */
export interface OidcSettings {
  /** The configured issuer without a trailing slash: the key every linked identity is stored under */
  issuer: string;
  clientId: string;
  clientSecret: string;
  displayName: string;
  linkClaim: string;
}

/** next-auth's id of the provider: its callback is /api/auth/callback/oidc (the redirect URI to register). */
export const OIDC_PROVIDER_ID = "oidc";

export const normalizeIssuer = (issuer: string) => issuer.replace(/\/+$/, "");

/** The provider, or null when single sign-on is not configured (the sign-in page then shows passwords only). */
export function oidcSettings(): OidcSettings | null {
  const env = getEnv();
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: normalizeIssuer(env.OIDC_ISSUER),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    displayName: env.OIDC_DISPLAY_NAME ?? "统一身份认证",
    linkClaim: env.OIDC_LINK_CLAIM,
  };
}

/**
 * The value of the link claim in the provider's claims, or null. Only strings and numbers count: an object or a
 * list cannot name one person.
 */
export function linkClaimValue(claims: Record<string, unknown>, claim: string): string | null {
  const value = claims[claim];
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= 255 ? trimmed : null;
}
