import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { headers } from "next/headers";
import { authenticateWithPassword } from "@/lib/data/auth/authenticate";
import { authenticateWithExternalIdentity } from "@/lib/data/auth/authenticate-external";
import { endSessionById } from "@/lib/data/auth/session-user";
import { getEnv } from "@/lib/env";
import { loginSchema } from "@/lib/schemas/auth";
import { safeCallbackPath } from "./callback-url";
import { linkClaimValue, OIDC_PROVIDER_ID, oidcSettings, type OidcSettings } from "./oidc";
import { clientIpFrom } from "./request";
import { authSecret } from "./secret";

let cached: NextAuthOptions | undefined;

/**
 * next-auth configuration. The JWT carries only the id of a server-side session row; role and scope are read from
 * the database on every request (lib/auth/session.ts), so a deactivation or role change takes effect at once.
 * Built lazily: the environment is not available at build time.
 */
export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = getEnv();
  const oidc = oidcSettings();
  cached = {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { loginName: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) throw new Error("invalid");
          const result = await authenticateWithPassword({
            ...parsed.data,
            ip: clientIpFrom(req.headers),
            userAgent: typeof req.headers?.["user-agent"] === "string" ? req.headers["user-agent"] : null,
          });
          if (!result.ok) throw new Error(result.reason);
          return { id: String(result.userId), sessionId: result.sessionId };
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      // Where next-auth may send the browser after signing in or out: only a path of this site (lib/auth/callback-url).
      redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl) ?? "/", baseUrl).toString();
      },
      // Single sign-on gets in only as an account an admin linked the identity to (docs/decisions/0029); the session is
      // the same server-side session a password creates. A refusal goes back to the sign-in page with its reason.
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID || !oidc) return true;
        const subject = linkClaimValue(user as unknown as Record<string, unknown>, "linkValue");
        if (!subject) return "/login?error=sso_failed";
        const requestHeaders = await headers();
        const result = await authenticateWithExternalIdentity({
          issuer: oidc.issuer,
          subject,
          ip: clientIpFrom(requestHeaders),
          userAgent: requestHeaders.get("user-agent"),
        });
        if (!result.ok)
          return `/login?error=${result.reason === "locked" ? "locked" : `sso_${result.reason}`}`;
        // The same object reaches the jwt callback: the token holds this product's session, not the provider's claims.
        Object.assign(user, {
          id: String(result.userId),
          sessionId: result.sessionId,
          name: null,
          email: null,
        });
        return true;
      },
      jwt({ token, user }) {
        if (user) token.sessionId = user.sessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionId: token.sessionId, user: undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sessionId === "string") await endSessionById(token.sessionId, null);
      },
    },
  };
  return cached;
}

interface OidcClaims extends Record<string, unknown> {
  sub: string;
}

/**
 * next-auth's generic OpenID Connect provider: discovery from the issuer, authorization code with PKCE, state and
 * nonce, and the ID token's signature, issuer and audience verified (openid-client). The link claim is read from
 * the ID token, or from the userinfo endpoint when the ID token does not carry it.
 */
function oidcProvider(settings: OidcSettings): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.displayName,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid profile" } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    userinfo: {
      async request({ client, tokens }) {
        // With idToken, next-auth hands over openid-client's TokenSet, whose ID token it has verified.
        const tokenSet = tokens as Parameters<typeof client.userinfo>[0] & { claims(): OidcClaims };
        const claims = tokenSet.claims();
        if (settings.linkClaim in claims) return claims;
        // openid-client checks that the userinfo answer is about the ID token's subject.
        return { ...(await client.userinfo(tokenSet)), ...claims };
      },
    },
    profile(claims) {
      // The session id is this product's, set when the signIn callback lets the identity in.
      return { id: claims.sub, sessionId: "", linkValue: linkClaimValue(claims, settings.linkClaim) };
    },
  };
}
